// flush(kind) with Z_SYNC_FLUSH ends on the 00 00 ff ff marker.
var zlib = require('zlib');
var deflate = zlib.createDeflateRaw();
var chunks = [];
deflate.on('data', function (c) { chunks.push(c); });
deflate.write('sync flushed');
deflate.flush(zlib.constants.Z_SYNC_FLUSH, function () {
  var b = Buffer.concat(chunks);
  console.log(b.slice(-4).toString('hex'));
  deflate.flush(function () {
    console.log(Buffer.concat(chunks).slice(-4).toString('hex'));
    deflate.end();
  });
});
deflate.on('end', function () { console.log(zlib.inflateRawSync(Buffer.concat(chunks)).toString()); });
