function onUsr1() { console.log('usr1'); }
process.on('SIGUSR1', onUsr1);
console.log(process.listenerCount('SIGUSR1'));
process.removeListener('SIGUSR1', onUsr1);
console.log(process.listenerCount('SIGUSR1'));
process.once('SIGHUP', function (name) { console.log('once', name); });
process.kill(process.pid, 'SIGHUP');
setTimeout(function () { console.log('listeners after once:', process.listenerCount('SIGHUP')); }, 50);
