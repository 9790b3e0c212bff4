// Back-pressure: write until false, wait for 'drain', continue.
var Writable = require('stream').Writable;
var written = [];
var w = new Writable({ objectMode: true, highWaterMark: 3, write: function (chunk, enc, cb) {
  written.push(chunk);
  setTimeout(cb, 1);
} });
var i = 0;
function writeMore() {
  var ok = true;
  while (i < 10 && ok) {
    ok = w.write(i++);
    if (!ok) console.log('full at', i - 1, 'length', w.writableLength);
  }
  if (i < 10) w.once('drain', function () { console.log('drain'); writeMore(); });
  else w.end();
}
writeMore();
w.on('finish', function () { console.log('finish', written.join(',')); });
