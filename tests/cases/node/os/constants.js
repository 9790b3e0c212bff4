// os.constants: signals, errno, priority and dlopen tables with Linux's numbers.
var os = require('os');
var c = os.constants;
console.log(Object.keys(c), Object.getPrototypeOf(c), Object.getPrototypeOf(c.signals));
console.log(c.signals.SIGINT, c.signals.SIGTERM, c.signals.SIGKILL, c.signals.SIGHUP, Object.keys(c.signals).length);
console.log(c.errno.ENOENT, c.errno.EACCES, c.errno.EEXIST, c.errno.ECONNREFUSED, Object.keys(c.errno).length);
console.log(c.priority, c.dlopen.RTLD_LAZY, c.UV_UDP_REUSEADDR);
