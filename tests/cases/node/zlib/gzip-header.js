// The gzip header node writes: magic, deflate, no flags, mtime 0, OS 3 (unix).
var zlib = require('zlib');
console.log(zlib.gzipSync('hello').toString('hex'));
console.log(zlib.gzipSync('hello', { level: 9 }).slice(0, 10).toString('hex'));
console.log(zlib.gzipSync('hello', { level: 1 }).slice(0, 10).toString('hex'));
