// { info: true } returns the buffer with the engine that made it.
var zlib = require('zlib');
var r = zlib.gzipSync('info', { info: true });
console.log(Object.keys(r), Buffer.isBuffer(r.buffer), r.engine instanceof zlib.Gzip);
zlib.deflate('info', { info: true }, function (err, res) {
  console.log(err, Object.keys(res), res.engine instanceof zlib.Deflate, zlib.inflateSync(res.buffer).toString());
});
