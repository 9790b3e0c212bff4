// Readable -> Transform -> Transform -> Writable.
var stream = require('stream');
var src = new stream.Readable({ objectMode: true, read: function () {} });
var double = new stream.Transform({ objectMode: true, transform: function (n, e, cb) { cb(null, n * 2); } });
var label = new stream.Transform({ objectMode: true, transform: function (n, e, cb) { cb(null, 'n=' + n); } });
var out = [];
var sink = new stream.Writable({ objectMode: true, write: function (c, e, cb) { out.push(c); cb(); } });
src.pipe(double).pipe(label).pipe(sink);
sink.on('finish', function () { console.log(out.join(' ')); });
[1, 2, 3, 4, 5].forEach(function (n) { src.push(n); });
src.push(null);
