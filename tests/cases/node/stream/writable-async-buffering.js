// An asynchronous _write: later writes wait in the buffer and go out in order.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, highWaterMark: 2, write: function (chunk, enc, cb) {
  console.log('_write', chunk, 'buffered', w.writableLength);
  setImmediate(cb);
} });
for (var i = 0; i < 4; i++) console.log('write', i, w.write(i), w.writableLength, w.writableNeedDrain);
w.on('drain', function () { console.log('drain', w.writableLength); });
w.end(function () { console.log('end cb'); });
w.on('finish', function () { console.log('finish'); });
