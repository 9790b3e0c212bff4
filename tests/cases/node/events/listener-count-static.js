// EventEmitter.listenerCount(emitter, name) and emitter.listenerCount(name).
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(EventEmitter.listenerCount(e, 'x'), e.listenerCount('x'));
e.on('x', function () {});
e.on('x', function () {});
e.on('y', function () {});
console.log(EventEmitter.listenerCount(e, 'x'), e.listenerCount('y'), e.listenerCount('z'));
