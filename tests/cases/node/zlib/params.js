// params() changes level and strategy mid-stream; the whole stream still inflates.
var zlib = require('zlib');
var deflate = zlib.createDeflate({ level: 1 });
var chunks = [];
deflate.on('data', function (c) { chunks.push(c); });
deflate.on('end', function () { console.log(zlib.inflateSync(Buffer.concat(chunks)).toString()); });
deflate.write('before params ');
deflate.params(9, zlib.constants.Z_FILTERED, function () {
  console.log('params done');
  deflate.end('after params');
});
try { deflate.params(10, 0); } catch (e) { console.log(e.code, e.message); }
