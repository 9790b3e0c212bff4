// Byte mode: string pushes become Buffers; read(n) takes exactly n bytes across chunks.
var Readable = require('stream').Readable;
var r = new Readable({ read: function () {} });
r.push('hello ');
r.push('world');
r.push(null);
var a = r.read(3), b = r.read(5);
console.log(Buffer.isBuffer(a), a.toString(), b.toString(), r.readableLength);
console.log(r.read().toString());
