function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.alloc(4);
t(() => b.fill('x', 'nope'));
t(() => b.fill('zz', 'hex'));
t(() => b.fill(1, -1));
t(() => b.fill(1, 0, 5));
console.log(b.fill(1, 5), b.fill(2, 3, 1));
