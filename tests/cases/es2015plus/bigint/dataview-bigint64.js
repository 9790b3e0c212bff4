// DataView getBigInt64/setBigInt64/getBigUint64/setBigUint64: byte order, wrapping to 64 bits, errors.
const dv = new DataView(new ArrayBuffer(16));
dv.setBigInt64(0, -2n);
dv.setBigUint64(8, 2n ** 64n - 1n, true);
console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigInt64(8, true), dv.getBigUint64(8, true), dv.getUint8(7), dv.getUint8(8));
dv.setBigInt64(0, 2n ** 63n);
console.log(dv.getBigInt64(0), dv.getBigUint64(0));
dv.setBigUint64(0, -1n);
console.log(dv.getBigInt64(0));
try { dv.setBigInt64(0, 1); } catch (e) { console.log(e.name, e.message); }
try { dv.getBigInt64(12); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getOwnPropertyNames(DataView.prototype).filter(n => /Big/.test(n)).join(), DataView.prototype.getBigInt64.length, DataView.prototype.setBigUint64.length);
