// uptime is a positive number; loadavg three non-negative numbers.
var os = require('os');
var up = os.uptime();
console.log(typeof up, up > 0);
var load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every(function (n) { return typeof n === 'number' && n >= 0; }));
