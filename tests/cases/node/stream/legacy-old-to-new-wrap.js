// readable.wrap(oldStream) turns an old-style 'data'/'end' emitter into a Readable.
var stream = require('stream');
var old = new stream.Stream();
old.pause = function () { console.log('old paused'); };
old.resume = function () { console.log('old resumed'); };
var r = new stream.Readable({ objectMode: true, highWaterMark: 2 }).wrap(old);
var seen = [];
r.on('data', function (d) { seen.push(d); });
r.on('end', function () { console.log('end', seen.join(',')); });
old.emit('data', 1);
old.emit('data', 2);
old.emit('data', 3);
old.emit('end');
