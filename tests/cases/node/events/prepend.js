// prependListener and prependOnceListener put listeners first.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('x', function () { console.log('on'); });
e.prependListener('x', function () { console.log('prepend'); });
e.prependOnceListener('x', function () { console.log('prependOnce'); });
e.emit('x');
console.log('---');
e.emit('x');
