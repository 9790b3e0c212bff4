var b = Buffer.from([0x12, 0x34, 0x56, 0x78, 0xff, 0xff, 0xff, 0xfe]);
console.log(b.readUInt32LE(0).toString(16), b.readUInt32BE(0).toString(16), b.readInt32LE(4), b.readInt32BE(4), b.readUInt32BE(4), b.readUint32LE(2));
