function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.alloc(8);
t(() => b.readIntLE(0, 7));
t(() => b.readIntLE(0));
t(() => b.readUIntBE(0, 1.5));
t(() => b.readUIntBE(0, '2'));
t(() => b.readUIntLE(5, 4));
t(() => b.readUIntLE(undefined, 2));
