function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var a = Buffer.from('ab');
t(() => a.copy(5));
t(() => a.copy(Buffer.alloc(2), -1));
t(() => a.copy(Buffer.alloc(2), 0, 5));
t(() => a.copy(Buffer.alloc(2), 0, 0, -1));
console.log(a.copy(new Uint8Array(3), 1));
