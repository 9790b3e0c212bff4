// cpus() called twice: the same CPUs, times that never go down.
var os = require('os');
var a = os.cpus(), b = os.cpus();
console.log(a.length === b.length);
var ok = a.every(function (c, i) {
  return c.model === b[i].model && ['user', 'nice', 'sys', 'idle', 'irq'].every(function (k) { return b[i].times[k] >= c.times[k]; });
});
console.log(ok);
