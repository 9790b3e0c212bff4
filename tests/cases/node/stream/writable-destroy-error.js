// destroy(err) on a Writable: 'error' then 'close'.
var Writable = require('stream').Writable;
var w = new Writable({ write: function (c, e, cb) { cb(); } });
w.on('error', function (e) { console.log('error', e.message, w.errored === e); });
w.on('close', function () { console.log('close', w.closed); });
w.destroy(new Error('kaboom'));
