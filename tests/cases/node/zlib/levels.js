// Every compression level round-trips; level 0 stores the data.
var zlib = require('zlib');
var data = Buffer.from('levels levels levels 0123456789 '.repeat(100));
for (var level = -1; level <= 9; level++) {
  var d = zlib.deflateSync(data, { level: level });
  console.log(level, zlib.inflateSync(d).equals(data), level === 0 ? d.length : d.length < data.length);
}
console.log(zlib.deflateSync('abc', { level: 0 }).toString('hex'));
