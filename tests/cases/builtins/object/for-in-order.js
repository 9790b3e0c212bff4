// for-in visits own keys first, then inherited enumerable keys not shadowed.
var proto = { p1: 1, shared: 1, 1: "i" };
var o = Object.create(proto);
o.b = 1; o.shared = 2; o[0] = "z"; o.a = 3;
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(","));
var shadow = Object.create({ x: 1 });
Object.defineProperty(shadow, "x", { value: 2, enumerable: false });
var seen = [];
for (var k2 in shadow) seen.push(k2);
console.log(seen.length);
var mut = { a: 1, b: 2, c: 3 };
var visited = [];
for (var k3 in mut) { visited.push(k3); delete mut.b; }
console.log(visited.join(","));
var count = 0;
for (var k4 in null) count++;
for (var k5 in "ab") count++;
console.log(count);
