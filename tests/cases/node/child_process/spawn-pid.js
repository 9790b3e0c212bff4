var cp = require('child_process');
var c = cp.spawn('true');
console.log(typeof c.pid, c.pid > 0, c.pid !== process.pid);
console.log(c instanceof cp.ChildProcess, c instanceof require('events').EventEmitter);
c.on('spawn', function () { console.log('spawn'); });
c.on('exit', function (code) { console.log('exit', code); });
