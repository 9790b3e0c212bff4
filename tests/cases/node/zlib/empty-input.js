// Empty input still makes a complete stream.
var zlib = require('zlib');
console.log(zlib.gzipSync('').toString('hex'));
console.log(zlib.deflateSync(Buffer.alloc(0)).toString('hex'));
console.log(zlib.deflateRawSync('').toString('hex'));
console.log(zlib.gunzipSync(zlib.gzipSync('')).length, zlib.inflateRawSync(zlib.deflateRawSync('')).length);
var g = zlib.createGzip();
var out = [];
g.on('data', function (c) { out.push(c); });
g.on('end', function () { console.log('stream', Buffer.concat(out).toString('hex')); });
g.end();
