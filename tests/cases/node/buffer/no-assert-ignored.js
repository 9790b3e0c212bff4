function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.alloc(2);
t(() => b.readUInt16LE(1, true));
t(() => b.writeUInt8(300, 0, true));
