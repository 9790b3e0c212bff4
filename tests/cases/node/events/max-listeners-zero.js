// setMaxListeners(0) means unlimited: no warning.
var EventEmitter = require('events');
var e = new EventEmitter();
e.setMaxListeners(0);
process.on('warning', function () { console.log('unexpected warning'); });
for (var i = 0; i < 50; i++) e.on('x', function () {});
console.log(e.listenerCount('x'));
