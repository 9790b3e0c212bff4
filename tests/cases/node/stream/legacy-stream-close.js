// Old-style pipe: a source 'close' without 'end' destroys the destination once.
var Stream = require('stream');
var src = new Stream();
src.readable = true;
var dest = new Stream();
dest.writable = true;
dest.write = function () { return true; };
dest.end = function () { console.log('end'); };
dest.destroy = function () { console.log('destroy'); };
src.pipe(dest);
src.emit('close');
src.emit('close');
src.emit('end');
console.log('listeners left', src.listenerCount('data'), dest.listenerCount('drain'));
