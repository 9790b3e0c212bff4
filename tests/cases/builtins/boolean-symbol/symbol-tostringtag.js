// Symbol.toStringTag customises Object.prototype.toString; built-ins define their own.
function tag(v) { return Object.prototype.toString.call(v); }
console.log(tag(new Map()), tag(new Set()), tag(Promise.resolve()), tag(Symbol()), tag(JSON), tag(Math));
console.log(Map.prototype[Symbol.toStringTag], Object.getOwnPropertyDescriptor(Map.prototype, Symbol.toStringTag).writable);
var c = {};
Object.defineProperty(c, Symbol.toStringTag, { get: function () { return "Dyn"; } });
console.log(tag(c));
function K() {}
K.prototype[Symbol.toStringTag] = "K";
console.log(tag(new K()), String(new K()));
var arr = [];
arr[Symbol.toStringTag] = "NotArray";
console.log(tag(arr));
