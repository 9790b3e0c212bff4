// once: the listener runs a single time; listeners() shows the original, rawListeners the wrapper.
var EventEmitter = require('events');
var e = new EventEmitter();
function f(v) { console.log('once', v); }
e.once('a', f);
console.log(e.listeners('a')[0] === f, e.rawListeners('a')[0] === f, e.rawListeners('a')[0].listener === f);
e.emit('a', 1);
e.emit('a', 2);
console.log(e.listenerCount('a'));
var raw;
e.once('b', f);
raw = e.rawListeners('b')[0];
raw(3);
console.log(e.listenerCount('b'));
raw(4);
