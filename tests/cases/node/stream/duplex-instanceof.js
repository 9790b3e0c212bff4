// Duplex, Transform and PassThrough are instanceof Readable and (through hasInstance) Writable.
var stream = require('stream');
var d = new stream.Duplex();
var t = new stream.Transform();
console.log(d instanceof stream.Readable, d instanceof stream.Writable, d instanceof stream.Duplex);
console.log(t instanceof stream.Readable, t instanceof stream.Writable, t instanceof stream.Duplex);
console.log(new stream.Readable() instanceof stream.Writable, new stream.Writable() instanceof stream.Readable);
console.log(typeof d.write, typeof d.end, typeof d.cork, typeof d.read, typeof d.pipe);
console.log(Object.getPrototypeOf(stream.Duplex.prototype) === stream.Readable.prototype);
