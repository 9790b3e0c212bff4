// destroy() on a Writable with buffered writes: their callbacks get ERR_STREAM_DESTROYED.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, write: function (chunk, enc, cb) { setTimeout(cb, 5); } });
w.write('a', function (err) { console.log('cb a', err ? err.code : err); });
w.write('b', function (err) { console.log('cb b', err ? err.code : err); });
w.on('close', function () { console.log('close'); });
w.on('finish', function () { console.log('finish'); });
w.on('error', function (e) { console.log('error', e.message); });
w.destroy();
console.log('destroyed', w.destroyed, w.writable);
w.write('c', function (err) { console.log('cb c', err.code); });
