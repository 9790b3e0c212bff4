// Piping a source whose 'end' already happened still ends the destination.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
r.push(null);
r.resume();
r.on('end', function () {
  console.log('ended');
  var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
  w.on('finish', function () { console.log('dest finish'); });
  r.pipe(w);
});
