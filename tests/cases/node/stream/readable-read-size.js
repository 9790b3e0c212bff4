// read(n) in object mode returns one object whatever n is; read(0) triggers a read.
var Readable = require('stream').Readable;
var i = 0;
var r = new Readable({ objectMode: true, read: function () { console.log('_read'); this.push(i < 3 ? i++ : null); } });
console.log('read(0) ->', r.read(0));
console.log('read(5) ->', r.read(5));
console.log('read() ->', r.read());
setImmediate(function () { console.log('later', r.read(), r.read(), r.read()); });
