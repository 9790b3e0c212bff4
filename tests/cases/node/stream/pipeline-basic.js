// pipeline(source, transform, sink, cb): data flows, cb gets undefined at the end.
var stream = require('stream');
var src = new stream.Readable({ objectMode: true, read: function () {} });
var up = new stream.Transform({ objectMode: true, transform: function (c, e, cb) { cb(null, c.toUpperCase()); } });
var got = [];
var sink = new stream.Writable({ objectMode: true, write: function (c, e, cb) { got.push(c); cb(); } });
var ret = stream.pipeline(src, up, sink, function (err) {
  console.log('pipeline done', err, got.join(','));
});
console.log('returns last', ret === sink);
['a', 'b', 'c'].forEach(function (x) { src.push(x); });
src.push(null);
