// memLevel 1..9 all produce valid streams.
var zlib = require('zlib');
var data = Buffer.from('memory level '.repeat(300));
for (var m = 1; m <= 9; m++) {
  console.log(m, zlib.inflateSync(zlib.deflateSync(data, { memLevel: m })).equals(data));
}
