// _events is a null-prototype object with a function or an array per event; _eventsCount counts names.
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(Object.getPrototypeOf(e._events) === null, e._eventsCount, Object.keys(e));
function a() {}
function b() {}
e.on('x', a);
console.log(typeof e._events.x, e._events.x === a, e._eventsCount);
e.on('x', b);
console.log(Array.isArray(e._events.x), e._events.x.length, e._eventsCount);
e.removeListener('x', a);
console.log(e._events.x === b, e._eventsCount);
e.removeListener('x', b);
console.log('x' in e._events, e._eventsCount);
