// Every strategy round-trips.
var zlib = require('zlib');
var c = zlib.constants;
var data = Buffer.from('strategy test aaaaaaaaaaaaaaaa bbbbbbbb '.repeat(40));
[c.Z_DEFAULT_STRATEGY, c.Z_FILTERED, c.Z_HUFFMAN_ONLY, c.Z_RLE, c.Z_FIXED].forEach(function (s) {
  var d = zlib.deflateSync(data, { strategy: s });
  console.log(s, zlib.inflateSync(d).equals(data));
});
console.log(zlib.deflateSync('aaaa', { strategy: c.Z_HUFFMAN_ONLY }).toString('hex'));
