// finished() on a stream that is already closed calls back on the next tick.
var stream = require('stream');
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.end();
w.on('close', function () {
  stream.finished(w, function (err) { console.log('finished after close', err); });
  console.log('registered');
});
