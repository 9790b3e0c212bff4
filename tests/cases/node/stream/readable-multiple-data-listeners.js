// Two 'data' listeners both see every chunk.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.on('data', function (d) { console.log('A', d); });
r.on('data', function (d) { console.log('B', d); });
r.push('x'); r.push('y'); r.push(null);
