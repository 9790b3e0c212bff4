// Paused mode: read() pulls one object at a time; 'end' after the last read.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.push('a'); r.push('b'); r.push(null);
console.log(r.read(), r.read(), r.read(), r.readableEnded);
r.on('end', function () { console.log('end', r.readableEnded); });
console.log('flowing', r.readableFlowing, r.isPaused());
