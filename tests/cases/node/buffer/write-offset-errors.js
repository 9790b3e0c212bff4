function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.alloc(4);
t(() => b.writeUInt8(1, 4));
t(() => b.writeFloatLE(1, 1));
t(() => b.writeUInt8(1, '0'));
t(() => b.writeUInt16BE(1, -1));
t(() => b.writeDoubleLE(1, 0));
t(() => b.writeUIntLE(1, 0, 7));
t(() => b.writeInt32LE(1, 0.5));
