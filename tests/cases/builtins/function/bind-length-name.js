// Bound length is max(0, target length - bound args), computed from the target's length property.
function f(a, b, c) {}
Object.defineProperty(f, "length", { value: 10 });
console.log(f.bind(null, 1).length);
Object.defineProperty(f, "length", { value: -5 });
console.log(f.bind().length);
Object.defineProperty(f, "length", { value: 2.7 });
console.log(f.bind().length);
Object.defineProperty(f, "length", { value: "3" });
console.log(f.bind().length);
Object.defineProperty(f, "length", { value: Infinity });
console.log(f.bind(null, 1).length);
Object.defineProperty(f, "name", { value: 42 });
console.log(JSON.stringify(f.bind().name));
var sym = Symbol("desc");
var o = { [sym]: function () {} };
console.log(o[sym].name, o[sym].bind().name);
var d = Object.getOwnPropertyDescriptor(f.bind(), "name");
console.log(d.writable, d.enumerable, d.configurable);
