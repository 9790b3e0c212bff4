// _write calling back with an error: the write callback, then 'error', then 'close'.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, write: function (chunk, enc, cb) {
  cb(chunk === 'bad' ? new Error('bad chunk') : null);
} });
w.on('error', function (e) { console.log('error', e.message); });
w.on('close', function () { console.log('close', w.destroyed, w.writableAborted); });
w.on('finish', function () { console.log('finish'); });
w.write('good', function (err) { console.log('cb good', err); });
w.write('bad', function (err) { console.log('cb bad', err.message); });
w.write('after', function (err) { console.log('cb after', err && err.code); });
