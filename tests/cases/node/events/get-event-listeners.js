// events.getEventListeners returns a copy of the listeners.
var events = require('events');
var e = new events.EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
var list = events.getEventListeners(e, 'x');
console.log(list.length, list[0] === a, list[1] === b);
list.pop();
console.log(e.listenerCount('x'), events.getEventListeners(e, 'none').length);
