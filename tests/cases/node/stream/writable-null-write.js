// write(null) throws ERR_STREAM_NULL_VALUES, even in object mode.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
try {
  w.write(null);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
var w2 = new Writable({ write: function (c, e, cb) { cb(); } });
try {
  w2.write(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
