// Old-style pipe: an error with a listener is handed over; cleanup removes the pipe.
var Stream = require('stream');
var src = new Stream();
src.readable = true;
var dest = new Stream();
dest.writable = true;
dest.write = function (d) { console.log('write', d); return true; };
dest.end = function () {};
src.pipe(dest);
src.on('error', function (e) { console.log('source error', e.message); });
src.emit('error', new Error('oops'));
src.emit('data', 'ignored');
try {
  var s2 = new Stream();
  s2.pipe(dest);
  s2.emit('error', new Error('unhandled'));
} catch (e) {
  console.log('thrown', e.message);
}
