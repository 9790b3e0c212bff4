// The os functions ignore extra arguments and return fresh values each call.
var os = require('os');
console.log(os.loadavg(1, 2) !== os.loadavg(), os.cpus() !== os.cpus(), os.networkInterfaces() !== os.networkInterfaces());
console.log(os.constants === os.constants, os.userInfo() !== os.userInfo());
console.log(os.hostname() === os.hostname(), os.release() === os.release(), os.type('x') === os.type());
