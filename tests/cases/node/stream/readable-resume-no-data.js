// resume() without a 'data' listener drains the stream so 'end' still comes.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.push('a'); r.push('b'); r.push(null);
r.on('end', function () { console.log('end', r.readableLength); });
r.resume();
console.log('flowing', r.readableFlowing);
