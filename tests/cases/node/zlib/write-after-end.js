// Writing after end() is an error event, as for any Writable.
var zlib = require('zlib');
var g = zlib.createGzip();
g.on('error', function (e) { console.log('error', e.code, e.message); });
g.on('data', function () {});
g.end('done');
g.write('late');
