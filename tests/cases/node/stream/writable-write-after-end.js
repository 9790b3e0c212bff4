// write() after end(): the callback and 'error' get ERR_STREAM_WRITE_AFTER_END.
var Writable = require('stream').Writable;
var w = new Writable({ write: function (c, e, cb) { cb(); } });
w.on('error', function (e) { console.log('error', e.code, e.message); });
w.on('close', function () { console.log('close'); });
w.end();
var ret = w.write('x', function (err) { console.log('write cb', err.code); });
console.log('returned', ret);
