// deflateSync/inflateSync round trip; the zlib header is 78 9c at the default level.
var zlib = require('zlib');
var data = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(50));
var d = zlib.deflateSync(data);
console.log(d.slice(0, 2).toString('hex'), d.length < data.length);
console.log(zlib.inflateSync(d).equals(data));
console.log(zlib.deflateSync('hello world hello world').toString('hex'));
