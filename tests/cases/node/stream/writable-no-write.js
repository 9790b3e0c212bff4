// A Writable without _write throws ERR_METHOD_NOT_IMPLEMENTED from write().
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true });
try {
  w.write('x');
} catch (e) {
  console.log(e.code, e.message);
}
