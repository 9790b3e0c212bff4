// The readable-side events a gzip stream emits, in order.
var zlib = require('zlib');
var g = zlib.createGzip();
var seen = [];
['end', 'close'].forEach(function (name) { g.on(name, function () { seen.push(name); if (name === 'close') console.log(seen.join(' ')); }); });
g.on('data', function (c) { if (seen[seen.length - 1] !== 'data') seen.push('data'); });
g.end('event order');
