// A Transform whose readable side is full holds back its write callback until read.
var Transform = require('stream').Transform;
var t = new Transform({ objectMode: true, highWaterMark: 2, transform: function (c, e, cb) {
  console.log('transform', c);
  cb(null, c);
} });
for (var i = 0; i < 6; i++) console.log('write', i, t.write(i), 'readable', t.readableLength, 'writable', t.writableLength);
setTimeout(function () {
  console.log('reading');
  var c;
  while ((c = t.read()) !== null) console.log('read', c);
}, 2);
