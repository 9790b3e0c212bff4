// listeners() returns a fresh array each call.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() {}
e.on('x', f);
var l1 = e.listeners('x');
l1.push(function () {});
console.log(e.listeners('x').length, e.listeners('x') !== e.listeners('x'), e.listeners('none').length);
