// Calling the _write callback twice is ERR_MULTIPLE_CALLBACK.
var Writable = require('stream').Writable;
var w = new Writable({ write: function (c, e, cb) { cb(); cb(); } });
w.on('error', function (e) { console.log('error', e.code, e.message); });
w.write('x');
