// gzipSync/gunzipSync round trip strings and buffers.
var zlib = require('zlib');
['', 'a', 'hello world', 'x'.repeat(10000), '\u00e9\u2713\ud83d\ude00'].forEach(function (s) {
  var gz = zlib.gzipSync(s);
  var back = zlib.gunzipSync(gz);
  console.log(s.length, Buffer.isBuffer(gz), gz[0], gz[1], back.toString() === s);
});
