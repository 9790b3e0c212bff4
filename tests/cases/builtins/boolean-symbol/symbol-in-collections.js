// Symbols work as Map keys and Set members by identity.
var a = Symbol("a"), b = Symbol("a");
var m = new Map([[a, 1], [b, 2]]);
console.log(m.size, m.get(a), m.get(b), m.has(Symbol("a")));
var set = new Set([a, a, b]);
console.log(set.size, set.has(a));
var reg = new Set([Symbol.for("r"), Symbol.for("r")]);
console.log(reg.size);
var keys = Array.from(m.keys()).map(String);
console.log(keys.join(","));
