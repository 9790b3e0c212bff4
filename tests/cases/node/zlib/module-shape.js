// What the module exports (the v0.8 API plus node 20's constants and crc32).
var zlib = require('zlib');
var names = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'deflate', 'deflateSync',
  'gzip', 'gzipSync', 'deflateRaw', 'deflateRawSync', 'unzip', 'unzipSync', 'inflate', 'inflateSync', 'gunzip',
  'gunzipSync', 'inflateRaw', 'inflateRawSync', 'createDeflate', 'createInflate', 'createDeflateRaw',
  'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip', 'constants', 'codes', 'crc32'];
names.forEach(function (n) { console.log(n, typeof zlib[n], Object.keys(zlib).indexOf(n) >= 0); });
