// An error on the destination unpipes it; the source keeps its data.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { cb(new Error('write ' + c + ' failed')); } });
w.on('unpipe', function () { console.log('unpipe'); });
w.on('error', function (e) { console.log('dest error', e.message); });
w.on('close', function () { console.log('dest close'); });
r.pipe(w);
r.push('a'); r.push('b');
setTimeout(function () { console.log('source paused', r.isPaused(), 'pipes', r._readableState.pipes.length); }, 5);
