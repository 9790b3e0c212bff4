// The function finished() returns removes its listeners.
var stream = require('stream');
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
var before = w.listenerCount('finish');
var cleanup = stream.finished(w, function () { console.log('never'); });
console.log('added', w.listenerCount('finish') - before, w.listenerCount('close'));
cleanup();
console.log('after cleanup', w.listenerCount('finish') - before, w.listenerCount('close'));
w.end(function () { console.log('ended'); });
