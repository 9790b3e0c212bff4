// Old-style pipe with { end: false } does not end the destination.
var Stream = require('stream');
var src = new Stream();
var dest = new Stream();
dest.writable = true;
dest.write = function (d) { console.log('write', d); return true; };
dest.end = function () { console.log('end!'); };
src.pipe(dest, { end: false });
src.emit('data', 'x');
src.emit('end');
console.log('done');
