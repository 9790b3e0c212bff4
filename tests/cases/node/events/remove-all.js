// removeAllListeners with and without a name; removeListener events for each.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('a', function a1() {});
e.on('a', function a2() {});
e.on('b', function b1() {});
e.on('removeListener', function (name, fn) { console.log('removed', name, fn.name); });
e.removeAllListeners('a');
console.log(e.eventNames());
e.removeAllListeners();
console.log(e.eventNames(), e.listenerCount('removeListener'));
console.log(e.removeAllListeners() === e);
