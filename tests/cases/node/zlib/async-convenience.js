// The callback forms of every one-shot function, with and without options.
var zlib = require('zlib');
var s = 'convenience '.repeat(20);
zlib.deflate(s, function (e1, d) {
  zlib.inflate(d, function (e2, r) {
    console.log('deflate/inflate', e1, e2, r.toString() === s);
    zlib.deflateRaw(s, { level: 1 }, function (e3, raw) {
      zlib.inflateRaw(raw, {}, function (e4, r2) {
        console.log('raw', e3, e4, r2.toString() === s);
        zlib.gzip(s, function (e5, gz) {
          zlib.gunzip(gz, function (e6, r3) {
            console.log('gzip', e5, e6, r3.toString() === s);
            zlib.unzip(gz, function (e7, r4) { console.log('unzip', e7, r4.length); });
          });
        });
      });
    });
  });
});
console.log('sync first');
