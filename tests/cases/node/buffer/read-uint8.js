var b = Buffer.from([1, 255, 128]);
console.log(b.readUInt8(0), b.readUInt8(1), b.readUint8(2), b.readUInt8(), b.readInt8(1), b.readInt8(2), b.readInt8(0));
