const log = [];
setTimeout(() => {
  log.push('timeout 1');
  Promise.resolve().then(() => log.push('promise in timeout 1'));
}, 0);
setTimeout(() => log.push('timeout 2'), 0);
Promise.resolve().then(() => {
  log.push('promise');
  setTimeout(() => log.push('timeout from promise'), 0);
});
setTimeout(() => console.log(log.join('\n')), 20);
