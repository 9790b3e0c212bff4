function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var a = Buffer.from([1, 2, 3, 4]), b = Buffer.from([3, 4]);
console.log(a.compare(b), a.compare(b, 0, 2, 2), a.compare(b, 0, 2, 2, 4), a.compare(b, 1), b.compare(a, 2));
t(() => a.compare('x'));
t(() => a.compare(b, -1));
t(() => a.compare(b, 0, 5));
