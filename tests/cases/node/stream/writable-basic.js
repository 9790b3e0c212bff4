// write() callbacks, then end(): 'prefinish', 'finish', the end callback and 'close'.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, write: function (chunk, enc, cb) {
  console.log('_write', chunk, enc);
  cb();
} });
['prefinish', 'finish', 'close', 'drain'].forEach(function (ev) { w.on(ev, function () { console.log(ev); }); });
console.log('write 1 ->', w.write(1, function (err) { console.log('cb 1', err); }));
console.log('write 2 ->', w.write(2));
w.end(3, function () { console.log('end cb'); });
console.log('ended', w.writableEnded, w.writableFinished);
