// A slow destination pauses the piped source until 'drain'.
var stream = require('stream');
var produced = 0;
var r = new stream.Readable({ objectMode: true, highWaterMark: 2, read: function () {
  produced++;
  this.push(produced <= 8 ? produced : null);
} });
var w = new stream.Writable({ objectMode: true, highWaterMark: 2, write: function (c, e, cb) {
  console.log('write', c, 'produced', produced, 'paused', r.isPaused());
  setTimeout(cb, 1);
} });
w.on('drain', function () { console.log('drain'); });
w.on('finish', function () { console.log('finish'); });
r.pipe(w);
