var a = Buffer.alloc(4), b = Buffer.alloc(4);
a.writeUInt32BE(0x01020304, 0);
b.writeUInt32LE(0x04030201, 0);
console.log(a.equals(b), a.compare(b), a.toString('hex'), b.readUInt32BE(0) === a.readUInt32BE(0));
