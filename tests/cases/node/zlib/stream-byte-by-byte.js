// A gzip stream fed one byte at a time to Unzip (the header sniffing spans writes).
var zlib = require('zlib');
var gz = zlib.gzipSync('byte by byte input');
var unzip = zlib.createUnzip();
var out = [];
unzip.on('data', function (c) { out.push(c); });
unzip.on('end', function () { console.log(Buffer.concat(out).toString()); });
for (var i = 0; i < gz.length; i++) unzip.write(gz.slice(i, i + 1));
unzip.end();
