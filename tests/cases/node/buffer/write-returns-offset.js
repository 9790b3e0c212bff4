var b = Buffer.alloc(16);
var o = 0;
o = b.writeUInt8(1, o); o = b.writeUInt16BE(2, o); o = b.writeUInt32LE(3, o); o = b.writeDoubleBE(4, o);
console.log(o, b);
