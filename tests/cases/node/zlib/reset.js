// reset() starts a fresh stream with the same options.
var zlib = require('zlib');
var inflate = zlib.createInflate();
console.log(typeof inflate.reset());
var gz = zlib.createGzip();
gz.reset();
var out = [];
gz.on('data', function (c) { out.push(c); });
gz.on('end', function () { console.log(zlib.gunzipSync(Buffer.concat(out)).toString()); });
gz.end('after reset');
