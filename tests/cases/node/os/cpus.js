// cpus: one entry per CPU with model, speed and times.
var os = require('os');
var cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism() || cpus.length >= 1);
cpus.slice(0, 1).forEach(function (c) {
  console.log(Object.keys(c), Object.keys(c.times));
  console.log(typeof c.model, typeof c.speed, c.speed >= 0);
  console.log(Object.keys(c.times).every(function (k) { return typeof c.times[k] === 'number' && c.times[k] >= 0; }));
});
console.log(typeof os.availableParallelism(), os.availableParallelism() >= 1);
