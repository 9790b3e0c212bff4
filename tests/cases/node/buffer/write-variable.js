var b = Buffer.alloc(6);
console.log(b.writeUIntLE(0x1234567890ab, 0, 6), b);
console.log(b.writeUIntBE(0x1234567890ab, 0, 6), b);
console.log(b.writeIntLE(-2, 0, 6), b, b.readIntLE(0, 6));
console.log(b.writeIntBE(-123456, 1, 3), b.readIntBE(1, 3), b.writeUIntBE(0xabcd, 4, 2), b);
