var b = Buffer.alloc(16);
b.writeUInt32LE(0xdeadbeef, 0); b.writeUInt32BE(0xdeadbeef, 4); b.writeInt32LE(-5, 8);
console.log(b.writeInt32BE(-2147483648, 12), b);
