// Removing a listener during emit does not change the current emit's listener list.
var EventEmitter = require('events');
var e = new EventEmitter();
function a() { console.log('a'); e.removeListener('x', b); }
function b() { console.log('b'); }
e.on('x', a);
e.on('x', b);
e.emit('x');
console.log('---');
e.emit('x');
