// destroy() twice: the second call only runs its callback.
var Writable = require('stream').Writable;
var calls = 0;
var w = new Writable({ write: function (c, e, cb) { cb(); }, destroy: function (err, cb) { calls++; cb(err); } });
w.on('close', function () { console.log('close; _destroy calls', calls); });
w.destroy(null, function () { console.log('first cb'); });
w.destroy(null, function () { console.log('second cb'); });
