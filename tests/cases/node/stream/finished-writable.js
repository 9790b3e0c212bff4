// stream.finished on a Writable: after 'finish' and 'close'.
var stream = require('stream');
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('finish', function () { console.log('finish'); });
w.on('close', function () { console.log('close'); });
stream.finished(w, function (err) { console.log('finished', err); });
w.end();
