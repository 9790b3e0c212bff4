// writable* getters through a stream's life.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, highWaterMark: 2, write: function (c, e, cb) { setImmediate(cb); } });
function show(label) {
  console.log(label, w.writable, w.writableLength, w.writableNeedDrain, w.writableEnded,
    w.writableFinished, w.writableObjectMode, w.writableHighWaterMark, w.writableCorked, w.destroyed, w.closed);
}
show('new');
w.write(1); w.write(2);
show('written');
w.end();
show('ended');
w.on('finish', function () { show('finish'); });
w.on('close', function () { show('close'); });
