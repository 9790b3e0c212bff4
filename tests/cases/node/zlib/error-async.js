// Corrupt input given to the callback functions arrives as the callback's error.
var zlib = require('zlib');
zlib.gunzip(Buffer.from('not gzip at all'), function (err, out) {
  console.log('gunzip', err.message, err.errno, err.code, out);
  zlib.inflate(zlib.deflateSync('abc').slice(0, 4), function (err2) {
    console.log('inflate', err2.message, err2.code);
  });
});
var g = zlib.createGunzip();
g.on('error', function (e) { console.log('stream error', e.message, e.code); });
g.end(Buffer.from('garbage'));
