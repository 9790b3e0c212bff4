// once() listeners get the emitter as this and all the arguments.
var EventEmitter = require('events');
var e = new EventEmitter();
e.once('x', function (a, b, c) { console.log(this === e, a, b, c); });
e.emit('x', 'p', 'q', 'r');
