// unzip inflates both gzip and zlib streams, choosing by the header.
var zlib = require('zlib');
var s = 'either format';
console.log(zlib.unzipSync(zlib.gzipSync(s)).toString());
console.log(zlib.unzipSync(zlib.deflateSync(s)).toString());
zlib.unzip(zlib.gzipSync(s), function (err, out) {
  console.log('async gzip', err, out.toString());
  zlib.unzip(zlib.deflateSync(s), function (err2, out2) { console.log('async deflate', err2, out2.toString()); });
});
