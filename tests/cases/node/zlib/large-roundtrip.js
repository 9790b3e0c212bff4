// A megabyte of mixed data through the streams in 64 KiB writes.
var zlib = require('zlib');
var size = 1 << 20;
var data = Buffer.alloc(size);
var x = 12345;
for (var i = 0; i < size; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; data[i] = (i % 3 === 0) ? (x >> 16) & 0xff : 97 + (i % 7); }
var gzip = zlib.createGzip();
var gunzip = zlib.createGunzip();
var out = [];
gzip.pipe(gunzip);
gunzip.on('data', function (c) { out.push(c); });
gunzip.on('end', function () {
  var back = Buffer.concat(out);
  console.log(back.length, back.equals(data), zlib.crc32(back));
});
for (var off = 0; off < size; off += 65536) gzip.write(data.slice(off, off + 65536));
gzip.end();
