// The v0.8 writable API: write() returns a boolean, end(), destroy(), destroySoon-like end.
var stream = require('stream');
var w = new stream.Writable({ objectMode: true, highWaterMark: 1, write: function (c, e, cb) { console.log('got', c); setImmediate(cb); } });
console.log('write ->', w.write('a'));
console.log('writable', w.writable);
w.on('drain', function () {
  console.log('drain');
  w.end('b');
  console.log('after end writable', w.writable);
});
w.on('close', function () { console.log('close'); });
