// zlib.constants and the v0.8 names on the module (read-only, not enumerable).
var zlib = require('zlib');
var c = zlib.constants;
Object.keys(c).forEach(function (k) { if (k !== 'ZLIB_VERNUM' && k.indexOf('BROTLI') !== 0) console.log(k, c[k]); });
console.log(zlib.Z_NO_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_CHUNK, zlib.DEFLATE, zlib.UNZIP);
console.log(Object.keys(zlib).indexOf('Z_NO_FLUSH'), Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH'));
zlib.Z_FINISH = 99;
console.log(zlib.Z_FINISH, Object.isFrozen(c), typeof c.ZLIB_VERNUM);
