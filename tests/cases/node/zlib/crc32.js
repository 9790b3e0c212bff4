// zlib.crc32(data[, value]).
var zlib = require('zlib');
console.log(zlib.crc32('hello'), zlib.crc32(''), zlib.crc32(Buffer.from('hello')));
console.log(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
console.log(zlib.crc32(new Uint8Array([1, 2, 3])), zlib.crc32('\u00e9'));
try { zlib.crc32(5); } catch (e) { console.log(e.code, e.message); }
