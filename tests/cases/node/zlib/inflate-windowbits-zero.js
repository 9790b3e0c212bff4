// Inflate with windowBits 0 uses the size from the stream header.
var zlib = require('zlib');
var d = zlib.deflateSync('window from header '.repeat(10), { windowBits: 10 });
console.log(zlib.inflateSync(d, { windowBits: 0 }).toString().length);
console.log(zlib.gunzipSync(zlib.gzipSync('gz'), { windowBits: 0 }).toString());
console.log(zlib.unzipSync(d, {}).length);
