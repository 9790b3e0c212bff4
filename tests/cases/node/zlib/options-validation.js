// Out-of-range and mistyped options throw node's RangeError/TypeError.
var zlib = require('zlib');
[{ level: 10 }, { level: -2 }, { windowBits: 7 }, { windowBits: 16 }, { memLevel: 0 }, { memLevel: 10 },
  { strategy: 5 }, { chunkSize: 10 }, { level: 'x' }, { level: Infinity }, { dictionary: 'str' },
  { flush: 6 }, { finishFlush: -1 }, { maxOutputLength: 0 }].forEach(function (o) {
  try { zlib.createDeflate(o); console.log('ok', JSON.stringify(o)); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { zlib.createGzip({ windowBits: 8 }); } catch (e) { console.log(e.code, e.message); }
console.log(zlib.createDeflate({ level: NaN, windowBits: undefined }) instanceof zlib.Deflate);
console.log(zlib.createInflate({ windowBits: 0 }) instanceof zlib.Inflate);
