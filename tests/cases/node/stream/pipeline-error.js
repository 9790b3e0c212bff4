// pipeline destroys every stream when one fails, and calls back with that error.
var stream = require('stream');
var src = new stream.Readable({ objectMode: true, read: function () {} });
var bad = new stream.Transform({ objectMode: true, transform: function (c, e, cb) {
  cb(c === 2 ? new Error('bad ' + c) : null, c);
} });
var sink = new stream.Writable({ objectMode: true, write: function (c, e, cb) { console.log('sink', c); cb(); } });
[src, bad, sink].forEach(function (s, i) { s.on('close', function () { console.log('close', i); }); });
stream.pipeline(src, bad, sink, function (err) {
  console.log('callback', err.message, src.destroyed, bad.destroyed, sink.destroyed);
});
[1, 2, 3].forEach(function (x) { src.push(x); });
