var b = Buffer.alloc(8);
console.log(b.writeUInt16LE(0x1234, 0), b.writeUInt16BE(0x1234, 2), b.writeInt16LE(-2, 4), b.writeInt16BE(-2, 6), b);
