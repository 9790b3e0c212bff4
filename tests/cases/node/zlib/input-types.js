// The sync functions take strings, Buffers, typed arrays, DataViews and ArrayBuffers.
var zlib = require('zlib');
var src = Buffer.from('typed input');
var inputs = [src.toString(), src, new Uint8Array(src), new DataView(src.buffer, src.byteOffset, src.length),
  src.buffer.slice(src.byteOffset, src.byteOffset + src.length), new Uint16Array([0x6968])];
inputs.forEach(function (input) {
  console.log(Object.prototype.toString.call(input), zlib.inflateSync(zlib.deflateSync(input)).toString());
});
[1, null, undefined, {}, [1, 2]].forEach(function (bad) {
  try { zlib.gzipSync(bad); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { zlib.gzip('x'); } catch (e) { console.log(e.code, e.message); }
