// getOwnPropertyDescriptor returns fresh objects for own properties only.
var o = { a: 1, get g() { return 2; }, set s(v) {} };
var d = Object.getOwnPropertyDescriptor(o, "a");
console.log(Object.keys(d).join(","), d.value, d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(o, "g");
console.log(Object.keys(d).join(","), d.set, d.get.name);
console.log(Object.getOwnPropertyDescriptor(o, "s").get, Object.getOwnPropertyDescriptor(o, "s").set.name);
console.log(Object.getOwnPropertyDescriptor(o, "toString"), Object.getOwnPropertyDescriptor(o, "missing"));
console.log(Object.getOwnPropertyDescriptor(o, "a") !== Object.getOwnPropertyDescriptor(o, "a"));
console.log(Object.getOwnPropertyDescriptor("abc", 1).value, Object.getOwnPropertyDescriptor("abc", "length").writable);
try { Object.getOwnPropertyDescriptor(null, "x"); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(Object.getOwnPropertyDescriptor([5], "length")));
