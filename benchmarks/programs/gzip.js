// gzip: 8 MB of semi-compressible text generated in memory, gzipped through a stream in
// 64 KiB writes and gunzipped back with the one-shot function; prints sizes and CRC-32s
// so the output checks the work (the compressed size is not printed: zlib builds differ).
var zlib = require('zlib');

var SIZE = 8 * 1024 * 1024;
var data = Buffer.alloc(SIZE);
var seed = 42;
var words = ['alpha ', 'beta ', 'gamma ', 'delta ', 'epsilon ', 'zeta ', 'eta ', 'theta\n'];
for (var pos = 0; pos < SIZE;) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  var w = words[seed % words.length];
  pos += data.write(seed % 5 === 0 ? String(seed % 100000) + ' ' : w, pos);
}

var gzip = zlib.createGzip();
var parts = [];
gzip.on('data', function (c) { parts.push(c); });
gzip.on('end', function () {
  var gz = Buffer.concat(parts);
  var back = zlib.gunzipSync(gz);
  console.log('input', SIZE, 'crc', zlib.crc32(data), 'roundtrip', back.length, zlib.crc32(back), back.equals(data));
});
for (var off = 0; off < SIZE; off += 65536) gzip.write(data.subarray(off, off + 65536));
gzip.end();
