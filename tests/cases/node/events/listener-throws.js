// An exception from a listener propagates out of emit; later listeners do not run.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('x', function () { throw new Error('boom'); });
e.on('x', function () { console.log('not reached'); });
try { e.emit('x'); } catch (err) { console.log('caught', err.message); }
console.log(e.listenerCount('x'));
