// A byte pipeline: chunks concatenate to the original text.
var stream = require('stream');
var chunks = [];
var r = new stream.Readable({ read: function () {} });
var w = new stream.Writable({ write: function (c, e, cb) { chunks.push(c); cb(); } });
w.on('finish', function () { console.log(Buffer.concat(chunks).toString()); });
r.pipe(w);
'the quick brown fox'.split(' ').forEach(function (x) { r.push(x + ' '); });
r.push(null);
