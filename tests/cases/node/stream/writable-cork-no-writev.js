// Without writev, uncork() writes the buffered chunks one by one.
var Writable = require('stream').Writable;
var w = new Writable({ objectMode: true, write: function (chunk, enc, cb) { console.log('write', chunk); cb(); } });
w.cork();
w.write('x'); w.write('y'); w.write('z');
console.log('buffer', w.writableBuffer.length);
w.uncork();
console.log('buffer after', w.writableBuffer.length);
