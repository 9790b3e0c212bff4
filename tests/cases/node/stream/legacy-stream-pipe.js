// The v0.8 Stream class: an EventEmitter whose pipe() forwards 'data' and ends on 'end'.
var Stream = require('stream');
var src = new Stream();
src.readable = true;
var dest = new Stream();
dest.writable = true;
dest.write = function (d) { console.log('write', d); return true; };
dest.end = function () { console.log('end called'); };
dest.on('pipe', function (s) { console.log('pipe', s === src); });
src.pipe(dest);
src.emit('data', 'one');
src.emit('data', 'two');
src.emit('end');
src.emit('data', 'after end');
console.log(Stream.Stream === Stream, src instanceof require('events'));
