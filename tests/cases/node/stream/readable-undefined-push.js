// In object mode undefined is a value; in byte mode pushing undefined is a no-op.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.push(undefined);
r.push(null);
r.on('data', function (d) { console.log('data', d); });
r.on('end', function () { console.log('end'); });
var b = new Readable({ read: function () {} });
console.log('byte push undefined', b.push(undefined), b.readableLength);
