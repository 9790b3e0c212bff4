// A once('error') listener handles exactly one error; the next one is thrown.
var EventEmitter = require('events');
var e = new EventEmitter();
e.once('error', function (err) { console.log('handled', err.message); });
e.emit('error', new Error('one'));
try { e.emit('error', new Error('two')); } catch (err) { console.log('thrown', err.message); }
