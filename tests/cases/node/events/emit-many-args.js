// emit passes any number of arguments through.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('x', function () { console.log(arguments.length, Array.prototype.join.call(arguments, ',')); });
e.emit('x');
e.emit('x', 1);
e.emit('x', 1, 2);
e.emit('x', 1, 2, 3);
e.emit('x', 1, 2, 3, 4, 5, 6, 7);
