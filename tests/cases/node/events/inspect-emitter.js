// How an EventEmitter prints with console.log.
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(e);
e.on('x', function handler() {});
e.on('y', function a() {});
e.on('y', function b() {});
console.log(e);
