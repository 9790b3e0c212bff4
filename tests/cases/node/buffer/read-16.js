var b = Buffer.from([0x12, 0x34, 0xff, 0xfe]);
console.log(b.readUInt16LE(0).toString(16), b.readUInt16BE(0).toString(16), b.readInt16LE(2), b.readInt16BE(2), b.readUint16BE(1));
