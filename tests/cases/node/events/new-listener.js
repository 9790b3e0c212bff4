// newListener fires before the listener is added; removeListener after it is removed.
var EventEmitter = require('events');
var e = new EventEmitter();
var log = [];
e.on('newListener', function (name, fn) { log.push('new:' + String(name) + ':' + e.listenerCount(name) + ':' + fn.name); });
e.on('removeListener', function (name, fn) { log.push('rm:' + String(name) + ':' + e.listenerCount(name) + ':' + fn.name); });
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
e.removeListener('x', b);
e.removeListener('x', a);
e.removeListener('x', a);
console.log(log.join('\n'));
