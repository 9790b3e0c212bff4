// One source piped to two destinations: both get every chunk; the slower one holds it back.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
function dest(name, delay) {
  var w = new stream.Writable({ objectMode: true, highWaterMark: 1, write: function (c, e, cb) {
    console.log(name, c);
    if (delay) setTimeout(cb, delay); else cb();
  } });
  w.on('finish', function () { console.log(name, 'finish'); });
  return w;
}
r.pipe(dest('fast', 0));
r.pipe(dest('slow', 2));
for (var i = 1; i <= 4; i++) r.push(i);
r.push(null);
