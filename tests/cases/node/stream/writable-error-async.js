// An asynchronous write error fails the buffered writes too.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, write: function (chunk, enc, cb) {
  setImmediate(function () { cb(chunk === 1 ? new Error('async fail') : null); });
} });
w.on('error', function (e) { console.log('error', e.message); });
w.on('close', function () { console.log('close'); });
[0, 1, 2, 3].forEach(function (n) {
  w.write(n, function (err) { console.log('cb', n, err ? (err.code || err.message) : err); });
});
w.end(function (err) { console.log('end cb', err && err.message); });
