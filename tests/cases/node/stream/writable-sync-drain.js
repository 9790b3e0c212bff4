// A synchronous _write gives its room back at once: write() stays true, 'drain' still comes.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, highWaterMark: 1, write: function (chunk, enc, cb) { cb(); } });
console.log(w.write('a'), w.write('b'), w.writableLength, w.writableNeedDrain);
w.on('drain', function () { console.log('drain'); });
setImmediate(function () { console.log('tick later'); });
