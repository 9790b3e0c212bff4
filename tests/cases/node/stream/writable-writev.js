// writev gets every chunk buffered behind a pending write at once.
var Writable = require('stream').Writable;
var w = new Writable({
  objectMode: true,
  write: function (chunk, enc, cb) { console.log('write', chunk); setImmediate(cb); },
  writev: function (chunks, cb) {
    console.log('writev', chunks.map(function (c) { return c.chunk; }).join(','));
    setImmediate(cb);
  },
});
w.write('a');
w.write('b');
w.write('c', function () { console.log('cb c'); });
w.write('d');
w.end(function () { console.log('end'); });
