// Gzip piped into Gunzip through stream.pipe.
var zlib = require('zlib');
var gzip = zlib.createGzip();
var gunzip = zlib.createGunzip();
var out = [];
gunzip.on('data', function (c) { out.push(c); });
gunzip.on('end', function () { console.log('end', Buffer.concat(out).toString()); });
gzip.pipe(gunzip);
gzip.write('first part, ');
gzip.write(Buffer.from('second part, '));
gzip.end('last part');
