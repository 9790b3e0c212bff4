// Going past the limit emits a MaxListenersExceededWarning once per event name.
var EventEmitter = require('events');
var e = new EventEmitter();
e.setMaxListeners(2);
process.on('warning', function (w) {
  console.log(w.name, '|', w.message, '|', w.emitter === e, w.type, w.count);
});
for (var i = 0; i < 5; i++) e.on('data', function () {});
e.on('other', function () {});
console.log('added', e.listenerCount('data'));
process.exitCode = 3; // the warning is also printed to stderr
