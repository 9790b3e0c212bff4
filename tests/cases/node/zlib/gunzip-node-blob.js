// Byte-exactness: inflate streams that node's zlib produced (recorded as base64).
var zlib = require('zlib');
var gz = Buffer.from('H4sIAAAAAAAAA/PLT0lVKCjKTylNTk1RKMnILFZIr8osUMhNzU1KLdJT8BuVH5WnofzhlY/mTFZIzUsBAHVAo9SJAgAA', 'base64');
var df = Buffer.from('eNrzy09JVSgoyk8pTU5NUSjJyCxWSK/KLFDITc1NSi3SU/AblR+Vp6H84ZWP5kxWSM1LAQCgAuxl', 'base64');
var raw = Buffer.from('88tPSVUoKMpPKU1OTVEoycgsVkivyixQyE3NTUot0lPwG5Uflaeh/OGVj+ZMVkjNSwEA', 'base64');
var expected = 'Node produced this gzip member. '.repeat(20) + '\u00e9\u2713 end';
console.log(zlib.gunzipSync(gz).toString() === expected);
console.log(zlib.inflateSync(df).toString() === expected);
console.log(zlib.inflateRawSync(raw).toString() === expected);
console.log(zlib.unzipSync(gz).length, zlib.unzipSync(df).length);
