// unpipe(dest) stops the flow to it; the source pauses when no destination is left.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) {
  console.log('write', c);
  if (c === 2) {
    r.unpipe(w);
    console.log('flowing after unpipe', r.readableFlowing);
  }
  cb();
} });
w.on('unpipe', function () { console.log('unpipe'); });
w.on('finish', function () { console.log('finish'); });
r.pipe(w);
[1, 2, 3, 4].forEach(function (x) { r.push(x); });
setTimeout(function () { console.log('left in source', r.readableLength, 'w ended', w.writableEnded); }, 5);
