// Array iterators read the array live: pushes during iteration are seen.
var a = [1, 2];
var out = [];
for (var v of a) { out.push(v); if (a.length < 4) a.push(v * 10); }
console.log(out.join(","));
var b = [1, 2, 3];
var it = b.values();
it.next();
b.length = 1;
console.log(it.next().done);
b.push(9);
console.log(it.next().done);
var proto = Object.getPrototypeOf([].values());
console.log(typeof proto.next, proto[Symbol.toStringTag], proto.next.length);
try { proto.next.call({}); } catch (e) { console.log(e.name); }
