// Destroying a Readable from its 'data' handler stops further 'data'.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
[1, 2, 3].forEach(function (x) { r.push(x); });
r.on('data', function (d) { console.log('data', d); if (d === 2) r.destroy(); });
r.on('close', function () { console.log('close'); });
