// Raw deflate has no header or checksum.
var zlib = require('zlib');
var s = 'raw deflate data '.repeat(30);
var raw = zlib.deflateRawSync(s);
var wrapped = zlib.deflateSync(s);
console.log(wrapped.length - raw.length);
console.log(zlib.inflateRawSync(raw).toString() === s);
console.log(zlib.deflateRawSync('abc').toString('hex'));
