// final calling back with an error: no 'finish'; 'error' and the end callback get it.
var Writable = require('stream').Writable;
var w = new Writable({
  write: function (chunk, enc, cb) { cb(); },
  final: function (cb) { cb(new Error('final failed')); },
});
w.on('finish', function () { console.log('finish'); });
w.on('error', function (e) { console.log('error', e.message); });
w.on('close', function () { console.log('close'); });
w.end(function (err) { console.log('end cb', err && err.message); });
