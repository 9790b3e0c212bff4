// Symbol.unscopables hides names from with; Symbol.toStringTag on classes, prototypes and built-ins.
const obj = { a: 'obj a', b: 'obj b', [Symbol.unscopables]: { b: true } };
var a = 'outer a', b = 'outer b';
with (obj) { console.log(a, b); }
with ([]) { console.log(typeof keys, typeof values, typeof push); }
console.log(Object.keys(Array.prototype[Symbol.unscopables]).includes('flat'), Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));
class Tagged { static [Symbol.toStringTag] = 'StaticTag'; get [Symbol.toStringTag]() { return 'InstanceTag'; } }
console.log(String(new Tagged()), Object.prototype.toString.call(Tagged), `${{ [Symbol.toStringTag]: 'Lit' }}`);
console.log([Promise.prototype, Map.prototype, Symbol.prototype, Math, JSON, Atomics, Reflect].map(o => o[Symbol.toStringTag]).join());
