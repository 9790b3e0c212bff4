// read() on a destroyed stream returns null and calls no _read.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () { console.log('_read'); } });
r.destroy();
console.log(r.read(), r.readable);
r.on('close', function () { console.log('close'); });
