// end() twice: the second callback waits for 'finish' too; after finish it gets an error.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, write: function (c, e, cb) { setImmediate(cb); } });
w.write('a');
w.end(function (err) { console.log('first end cb', err); });
w.end(function (err) { console.log('second end cb', err && err.code); });
w.on('finish', function () {
  console.log('finish');
  w.end(function (err) { console.log('third end cb', err && err.code); });
});
