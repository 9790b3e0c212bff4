var b = Buffer.alloc(4);
console.log(b.writeUInt8(255, 0), b.writeInt8(-1, 1), b.writeUint8(7, 2), b.writeInt8(127, 3), b);
console.log(b.writeUInt8(1.9, 0), b.writeUInt8('7', 1), b.writeUInt8(NaN, 2), b);
