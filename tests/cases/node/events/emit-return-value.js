// emit returns true when there were listeners, even if they were removed during emit.
var EventEmitter = require('events');
var e = new EventEmitter();
e.once('x', function () {});
console.log(e.emit('x'), e.emit('x'));
e.on('error', function () {});
console.log(e.emit('error', new Error('x')));
