const log = [];
const thenable = {
  then(resolve, reject) {
    log.push('then called, sync=' + sync);
    resolve(42);
  }
};
let sync = true;
Promise.resolve(thenable).then(v => log.push('value ' + v));
new Promise(r => r(thenable)).then(v => log.push('value2 ' + v));
sync = false;
log.push('after');
setTimeout(() => console.log(log.join('\n')), 0);
