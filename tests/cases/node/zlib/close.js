// close(callback) destroys the stream; 'close' follows.
var zlib = require('zlib');
var g = zlib.createGzip();
g.on('close', function () { console.log('close event', g.destroyed); });
g.close(function (err) { console.log('close callback', err && err.code); });
var d = zlib.createDeflate();
d.on('close', function () { console.log('second closed'); });
d.close();
