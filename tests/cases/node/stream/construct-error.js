// construct failing destroys the stream with its error.
var Writable = require('stream').Writable;
var w = new Writable({
  construct: function (cb) { cb(new Error('cannot open')); },
  write: function (c, e, cb) { cb(); },
});
w.on('error', function (e) { console.log('error', e.message); });
w.on('close', function () { console.log('close'); });
