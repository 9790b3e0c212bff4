// The same function added twice runs twice; removeListener removes the most recent one.
var EventEmitter = require('events');
var e = new EventEmitter();
var n = 0;
function f() { n++; }
e.on('x', f);
e.on('x', f);
e.emit('x');
console.log(n);
e.removeListener('x', f);
e.emit('x');
console.log(n, e.listenerCount('x'));
