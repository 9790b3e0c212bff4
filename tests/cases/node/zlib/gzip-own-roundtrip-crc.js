// Our own gzip round trip: the trailer's CRC-32 and size match the data, and it inflates back.
// (The compressed length is not printed: node's bundled zlib and the system's may choose
// different but equally valid encodings for large inputs; see jsc-gzip-blob.js for the
// other direction, a stream jsc made that node inflates.)
var zlib = require('zlib');
var big = Buffer.alloc(200000);
for (var i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 7)) & 0xff;
var gz = zlib.gzipSync(big);
console.log(gz.readUInt32LE(gz.length - 8), gz.readUInt32LE(gz.length - 4), gz.slice(0, 10).toString('hex'));
console.log(zlib.crc32(big), zlib.crc32(zlib.gunzipSync(gz)), zlib.gunzipSync(gz).equals(big));
