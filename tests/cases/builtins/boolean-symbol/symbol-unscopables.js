// Array.prototype[Symbol.unscopables] lists methods hidden from with statements.
var u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u), Object.keys(u).sort().join(","));
console.log(u.flat, u.includes, u.push, u.values);
var d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);
console.log(d.writable, d.enumerable, d.configurable);
var values = "outer";
with ([1, 2]) { console.log(values, typeof push, length); }
var obj = { a: 1, b: 2 };
obj[Symbol.unscopables] = { b: true };
var b = "outer b";
with (obj) { console.log(a, b); }
