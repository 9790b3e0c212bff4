// decodeStrings: false keeps strings and passes their encoding to _write.
var Writable = require('stream').Writable;
var w = new Writable({ decodeStrings: false, write: function (chunk, enc, cb) {
  console.log(typeof chunk, JSON.stringify(chunk), enc, chunk.length);
  cb();
} });
w.write('hello');
w.write('abc', 'latin1');
w.end('bye', function () { console.log('finished', w.writableLength); });
