// bytesWritten counts the input consumed.
var zlib = require('zlib');
var g = zlib.createGzip();
g.on('data', function () {});
g.on('end', function () { console.log('bytesWritten', g.bytesWritten); });
g.write('12345');
g.write(Buffer.alloc(100));
g.end('abc');
console.log('initial', zlib.createDeflate().bytesWritten);
