// Output arrives in chunkSize pieces.
var zlib = require('zlib');
var data = Buffer.alloc(10000, 'abcdefgh');
var d = zlib.deflateSync(data);
var inflate = zlib.createInflate({ chunkSize: 1024 });
var sizes = [];
inflate.on('data', function (c) { sizes.push(c.length); });
inflate.on('end', function () { console.log(sizes.join(','), sizes.reduce(function (a, b) { return a + b; }, 0)); });
inflate.end(d);
