// errorMonitor listeners see errors before the error listeners (and even without them).
var EventEmitter = require('events');
var e = new EventEmitter();
e.on(EventEmitter.errorMonitor, function (err) { console.log('monitor', err.message); });
try { e.emit('error', new Error('first')); } catch (err) { console.log('thrown', err.message); }
e.on('error', function (err) { console.log('listener', err.message); });
e.emit('error', new Error('second'));
