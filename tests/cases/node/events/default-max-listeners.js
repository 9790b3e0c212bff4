// Changing EventEmitter.defaultMaxListeners changes getMaxListeners of emitters without their own.
var EventEmitter = require('events');
var a = new EventEmitter();
var b = new EventEmitter();
b.setMaxListeners(4);
EventEmitter.defaultMaxListeners = 20;
console.log(a.getMaxListeners(), b.getMaxListeners(), new EventEmitter().getMaxListeners());
EventEmitter.defaultMaxListeners = 10;
console.log(a.getMaxListeners());
