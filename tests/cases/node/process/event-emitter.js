var EventEmitter = require('events');
console.log(process instanceof EventEmitter, typeof process.on, typeof process.emit);
process.on('custom', function (a, b) { console.log('custom', a, b); });
console.log(process.emit('custom', 1, 2), process.emit('nothing'));
console.log(process.listenerCount('custom'));
