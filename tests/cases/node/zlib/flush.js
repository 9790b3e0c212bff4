// flush() makes everything written so far decompressible before end().
var zlib = require('zlib');
var deflate = zlib.createDeflate();
var chunks = [];
deflate.on('data', function (c) { chunks.push(c); });
deflate.write('first half ');
deflate.flush(function () {
  var sofar = Buffer.concat(chunks);
  console.log('after flush', zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  deflate.end('second half');
});
deflate.on('end', function () { console.log('all', zlib.inflateSync(Buffer.concat(chunks)).toString()); });
