// Symbols work as event names.
var EventEmitter = require('events');
var e = new EventEmitter();
var s = Symbol('ev');
e.on(s, function (v) { console.log('symbol event', v); });
console.log(e.emit(s, 1), e.listenerCount(s), e.emit(Symbol('ev')));
