// Byte highWaterMark counts bytes: write() returns false at 4 bytes.
var Writable = require('stream').Writable;
var w = new Writable({ highWaterMark: 4, write: function (c, e, cb) { setImmediate(cb); } });
console.log(w.write('ab'), w.write('cd'), w.writableLength, w.writableNeedDrain);
w.on('drain', function () { console.log('drain'); });
