// Objects made with Object.create over an emitter get their own _events when constructed.
var EventEmitter = require('events');
function Child() { EventEmitter.call(this); }
Child.prototype = Object.create(EventEmitter.prototype);
Child.prototype.constructor = Child;
var a = new Child();
var b = new Child();
a.on('x', function () { console.log('a got x'); });
console.log(b.emit('x'), a.emit('x'), a._events !== b._events);
