// Destroying the source midway: the callback gets ERR_STREAM_PREMATURE_CLOSE.
var stream = require('stream');
var src = new stream.Readable({ objectMode: true, read: function () {} });
var sink = new stream.Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
stream.pipeline(src, sink, function (err) { console.log('callback', err.code, sink.destroyed); });
src.push(1);
setImmediate(function () { src.destroy(); });
