// A new-style Readable piped into an old-style writable Stream.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
var dest = new stream.Stream();
dest.writable = true;
dest.write = function (d) { console.log('write', d); return true; };
dest.end = function () { console.log('end'); };
r.pipe(dest);
r.push('a'); r.push('b'); r.push(null);
