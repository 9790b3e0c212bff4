// push() returns false once highWaterMark objects are buffered.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, highWaterMark: 3, read: function () {} });
for (var i = 0; i < 5; i++) console.log('push', i, r.push(i), r.readableLength);
console.log('hwm', r.readableHighWaterMark);
var d = new Readable({ read: function () {} });
console.log('default hwm', d.readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
