// freeze, seal and preventExtensions in sloppy mode: failed writes are silent.
var f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 9; f.c = 3; delete f.a;
f.nested.b = 20;
console.log(f.a, f.c, f.nested.b, Object.isFrozen(f), Object.isFrozen(f.nested));
var s = Object.seal({ a: 1 });
s.a = 2; s.b = 3; delete s.a;
console.log(s.a, s.b, Object.isSealed(s), Object.isFrozen(s));
var p = Object.preventExtensions({ a: 1 });
p.b = 2; p.a = 5; delete p.a;
console.log(p.a, p.b, Object.isExtensible(p), Object.keys(p).length);
console.log(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})));
var arr = Object.freeze([1, 2]);
arr[0] = 9;
arr.length = 0;
console.log(arr.join(","), arr.length);
try { arr.push(3); } catch (e) { console.log(e.name); }
