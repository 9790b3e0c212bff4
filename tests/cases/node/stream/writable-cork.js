// cork() buffers writes; uncork() flushes them (through writev when there is one).
var Writable = require('stream').Writable;
var w = new Writable({
  objectMode: true,
  write: function (chunk, enc, cb) { console.log('write', chunk); cb(); },
  writev: function (chunks, cb) { console.log('writev', chunks.length); cb(); },
});
w.cork();
w.write(1); w.write(2);
console.log('corked', w.writableCorked, w.writableLength);
process.nextTick(function () {
  w.uncork();
  console.log('uncorked', w.writableCorked, w.writableLength);
  w.cork(); w.cork();
  w.write(3);
  w.uncork();
  console.log('still corked', w.writableCorked);
  w.end(4);
});
w.on('finish', function () { console.log('finish'); });
