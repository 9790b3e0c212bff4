// Old-style pipe: write() returning false calls source.pause(); 'drain' calls resume().
var Stream = require('stream');
var src = new Stream();
src.readable = true;
src.pause = function () { console.log('source paused'); };
src.resume = function () { console.log('source resumed'); };
var dest = new Stream();
dest.writable = true;
var n = 0;
dest.write = function (d) { n++; console.log('write', d); return n % 2 === 0; };
dest.end = function () { console.log('dest end'); };
src.pipe(dest);
src.emit('data', 'a');
dest.emit('drain');
src.emit('data', 'b');
src.emit('close');
