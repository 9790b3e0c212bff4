// Buffer readBigInt64LE/BE, readBigUInt64LE/BE (and the BigUint64 aliases), writeBig(U)Int64: ranges, offsets, node 20 errors.
const b = Buffer.alloc(16);
console.log(b.writeBigInt64LE(-2n, 0), b.writeBigUInt64BE(2n ** 64n - 1n, 8));
console.log(b.readBigInt64LE(0), b.readBigUInt64LE(0), b.readBigInt64BE(8), b.readBigUInt64BE(8), b.readBigUint64LE(8), typeof b.writeBigUint64LE);
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => b.writeBigInt64LE(2n ** 63n, 0));
t(() => b.writeBigUInt64LE(-1n, 0));
t(() => b.writeBigInt64LE(1, 0));
t(() => b.readBigInt64LE(9));
t(() => b.readBigInt64LE());
t(() => b.writeBigInt64BE(5n));
console.log(b.readBigInt64BE(0));
