var b = Buffer.from([0x12, 0x34, 0x56, 0x78, 0x90, 0xab]);
console.log(b.readUIntLE(0, 6), b.readUIntBE(0, 6), b.readIntLE(0, 6), b.readIntBE(0, 6), b.readUIntBE(1, 3), b.readIntLE(4, 2), b.readIntBE(4, 1), b.readUintLE(0, 5));
