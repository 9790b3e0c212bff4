function onUsr1() { console.log('usr1'); }
process.on('SIGUSR1', onUsr1);
console.log(process.listenerCount('SIGUSR1'));
process.removeListener('SIGUSR1', onUsr1);
console.log(process.listenerCount('SIGUSR1'));
var keepAlive = setInterval(function () {}, 1000);
process.once('SIGHUP', function (name) {
  console.log('once', name);
  setImmediate(function () {
    console.log('listeners after once:', process.listenerCount('SIGHUP'));
    clearInterval(keepAlive);
  });
});
process.kill(process.pid, 'SIGHUP');
