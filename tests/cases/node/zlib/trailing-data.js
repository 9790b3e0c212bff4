// Zero padding after a gzip member is ignored; other trailing bytes are an error.
var zlib = require('zlib');
var gz = zlib.gzipSync('padded');
console.log(zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(10)])).toString());
try { zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')])); } catch (e) { console.log(e.message, e.code); }
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('zlib'), Buffer.from('trailing')])).toString());
