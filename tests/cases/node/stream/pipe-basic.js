// readable.pipe(writable): every chunk arrives, then the writable finishes.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
var got = [];
var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { got.push(c); cb(); } });
w.on('pipe', function (src) { console.log('pipe event', src === r); });
w.on('unpipe', function (src) { console.log('unpipe event', src === r); });
w.on('finish', function () { console.log('finish', got.join(',')); });
r.on('end', function () { console.log('end'); });
console.log(r.pipe(w) === w);
['a', 'b', 'c'].forEach(function (x) { r.push(x); });
r.push(null);
