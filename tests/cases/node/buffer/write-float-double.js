var b = Buffer.alloc(24);
b.writeFloatLE(1.5, 0); b.writeFloatBE(-2.25, 4); b.writeDoubleLE(Math.PI, 8);
console.log(b.writeDoubleBE(1e300, 16), b);
console.log(b.readFloatLE(0), b.readFloatBE(4), b.readDoubleLE(8), b.readDoubleBE(16));
b.writeFloatLE(1e40, 0); console.log(b.readFloatLE(0), b.writeFloatLE('x', 0), b.readFloatLE(0));
