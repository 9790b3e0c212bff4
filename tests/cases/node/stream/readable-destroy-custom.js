// A _destroy option that delays its callback and replaces the error.
var Readable = require('stream').Readable;
var r = new Readable({
  read: function () {},
  destroy: function (err, cb) {
    console.log('_destroy', err && err.message);
    setTimeout(function () { cb(new Error('from _destroy')); }, 1);
  },
});
r.on('error', function (e) { console.log('error', e.message); });
r.on('close', function () { console.log('close'); });
r.destroy(new Error('original'), function (err) { console.log('destroy cb', err.message); });
