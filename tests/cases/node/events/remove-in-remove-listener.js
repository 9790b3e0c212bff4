// removeAllListeners() removes removeListener listeners last, reporting each removal.
var EventEmitter = require('events');
var e = new EventEmitter();
var order = [];
e.on('a', function a() {});
e.on('b', function b() {});
e.on('removeListener', function rl(name, fn) { order.push(name + '/' + fn.name); });
e.removeAllListeners();
console.log(order.join(' '));
