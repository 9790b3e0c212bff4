// How often _read is called, and with what size, while the consumer reads.
var Readable = require('stream').Readable;
var calls = [];
var left = 5;
var r = new Readable({ objectMode: true, highWaterMark: 2, read: function (size) {
  calls.push(size);
  this.push(left-- > 0 ? 'x' + left : null);
} });
r.on('data', function (d) { console.log('data', d, r.readableLength); });
r.on('end', function () { console.log('end; _read sizes', calls.join(',')); });
