// eventNames lists string and symbol names in insertion order.
var EventEmitter = require('events');
var e = new EventEmitter();
var s = Symbol('sym');
e.on('b', function () {});
e.on(s, function () {});
e.on('a', function () {});
var names = e.eventNames();
console.log(names.length, names[0], String(names[1]), names[2]);
e.emit(s);
