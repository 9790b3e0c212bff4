// pipeline([streams], cb) takes an array too.
var stream = require('stream');
var src = new stream.Readable({ objectMode: true, read: function () { this.push(null); } });
var pass = new stream.PassThrough({ objectMode: true });
var sink = new stream.Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
stream.pipeline([src, pass, sink], function (err) { console.log('done', err); });
