function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var a = Buffer.from('abc'), b = Buffer.from('abd'), c = Buffer.from('ab');
console.log(Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), Buffer.compare(c, a), Buffer.compare(a, c));
console.log([b, c, a].sort(Buffer.compare).map(String));
t(() => Buffer.compare(1, a));
