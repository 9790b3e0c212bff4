function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from([1, 2, 3, 4]).swap32(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t(() => Buffer.alloc(3).swap16());
t(() => Buffer.alloc(6).swap32());
t(() => Buffer.alloc(4).swap64());
