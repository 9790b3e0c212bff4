// pipe(dest, { end: false }) leaves the destination open after the source ends.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { console.log('write', c); cb(); } });
r.pipe(w, { end: false });
r.push('only'); r.push(null);
r.on('end', function () {
  console.log('source ended; dest writable', w.writable);
  w.end('closing', function () { console.log('dest finished'); });
});
