// An error in the last stream reaches the callback; the source is destroyed.
var stream = require('stream');
var src = new stream.Readable({ objectMode: true, read: function () {} });
var sink = new stream.Writable({ objectMode: true, write: function (c, e, cb) { cb(new Error('disk full')); } });
stream.pipeline(src, sink, function (err) { console.log('callback', err.message, src.destroyed); });
src.push('data');
