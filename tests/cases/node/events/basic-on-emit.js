// on/emit: listeners run in order with the arguments, emit's return value, `this`.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('x', function (a, b) { console.log('first', a, b, this === e); });
e.on('x', function () { console.log('second', arguments.length); });
console.log(e.emit('x', 1, 2));
console.log(e.emit('y'));
console.log(e.emit('x'));
