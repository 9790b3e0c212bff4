var timers = require('timers');
console.log(typeof timers.setTimeout, typeof timers.clearTimeout, typeof timers.setInterval,
  typeof timers.clearInterval, typeof timers.setImmediate, typeof timers.clearImmediate);
console.log(timers.setTimeout === setTimeout, require('node:timers') === timers);
timers.setTimeout(function () { console.log('via module'); }, 1);
