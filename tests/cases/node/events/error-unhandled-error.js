// emit('error') with no listener throws the error itself.
var EventEmitter = require('events');
var e = new EventEmitter();
try {
  e.emit('error', new TypeError('bad thing'));
} catch (err) {
  console.log(err instanceof TypeError, err.message);
}
e.on('error', function (err) { console.log('handled', err.message); });
console.log(e.emit('error', new Error('ok')));
