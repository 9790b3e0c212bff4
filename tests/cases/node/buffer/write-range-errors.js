function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.alloc(8);
t(() => b.writeUInt8(256, 0));
t(() => b.writeInt8(-129, 0));
t(() => b.writeUInt16LE(70000, 0));
t(() => b.writeInt16BE(-32769, 0));
t(() => b.writeInt32BE(2 ** 31, 0));
t(() => b.writeUInt32LE(-1, 0));
t(() => b.writeUIntBE(2 ** 40, 0, 5));
t(() => b.writeIntLE(2 ** 47, 0, 6));
t(() => b.writeUIntLE(2 ** 24, 0, 3));
t(() => b.writeUInt32BE(2 ** 33, 0));
