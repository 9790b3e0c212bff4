function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.from([1, 2, 3, 4]);
t(() => b.readUInt8(4));
t(() => b.readUInt16LE(3));
t(() => b.readUInt32BE(1));
t(() => b.readUInt8(-1));
t(() => b.readUInt8(1.5));
t(() => b.readUInt8('1'));
t(() => b.readDoubleLE(0));
t(() => Buffer.alloc(0).readUInt8());
t(() => b.readInt8(NaN));
