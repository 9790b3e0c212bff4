process.on('SIGUSR2', function (s, n) { console.log('got', s, n); clearTimeout(t); });
process.on('SIGTERM', function (s) { console.log('got', s); });
var t = setTimeout(function () { console.log('timeout'); }, 3000);
process.kill(process.pid, 'SIGUSR2');
