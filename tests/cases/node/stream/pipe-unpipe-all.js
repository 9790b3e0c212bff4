// unpipe() with no argument removes every destination.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
var a = new stream.PassThrough({ objectMode: true });
var b = new stream.PassThrough({ objectMode: true });
a.on('unpipe', function () { console.log('a unpipe'); });
b.on('unpipe', function () { console.log('b unpipe'); });
r.pipe(a); r.pipe(b);
console.log('pipes', r._readableState.pipes.length);
r.unpipe();
console.log('pipes', r._readableState.pipes.length, r.isPaused());
r.unpipe(a);
