// A source with a 'readable' listener and a pipe: the pipe still gets the data.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { console.log('write', c); cb(); } });
r.pipe(w);
r.push('one');
r.push(null);
w.on('finish', function () { console.log('finish'); });
