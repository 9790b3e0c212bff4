// Strings written to a zlib stream are UTF-8; setEncoding applies to the output side.
var zlib = require('zlib');
var g = zlib.createDeflate();
var out = [];
g.on('data', function (c) { out.push(c); });
g.on('end', function () { console.log(zlib.inflateSync(Buffer.concat(out)).toString()); });
g.write('\u00e9t\u00e9 ');
g.end('h\u00e9llo', 'utf8');
var inf = zlib.createInflate();
inf.setEncoding('hex');
var hex = '';
inf.on('data', function (s) { hex += s; });
inf.on('end', function () { console.log(typeof hex, hex); });
inf.end(zlib.deflateSync('hex out'));
