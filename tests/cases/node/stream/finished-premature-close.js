// A stream destroyed before it ended: ERR_STREAM_PREMATURE_CLOSE.
var stream = require('stream');
var r = new stream.Readable({ read: function () {} });
stream.finished(r, function (err) { console.log('readable:', err.code, err.message); });
r.destroy();
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
stream.finished(w, function (err) { console.log('writable:', err.code); });
w.destroy();
