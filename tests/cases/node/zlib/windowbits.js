// windowBits 8..15 for deflate; the zlib header records the window size.
var zlib = require('zlib');
var data = Buffer.from('window bits '.repeat(500));
for (var wb = 8; wb <= 15; wb++) {
  var d = zlib.deflateSync(data, { windowBits: wb });
  console.log(wb, d[0].toString(16), zlib.inflateSync(d).equals(data), zlib.inflateSync(d, { windowBits: 15 }).length);
}
var raw = zlib.deflateRawSync(data, { windowBits: 9 });
console.log(zlib.inflateRawSync(raw, { windowBits: 9 }).equals(data));
var gz = zlib.gzipSync(data, { windowBits: 9 });
console.log(zlib.gunzipSync(gz).equals(data));
