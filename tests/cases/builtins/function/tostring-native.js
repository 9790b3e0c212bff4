// toString of built-in and bound functions uses the native code form.
console.log(Math.max.toString());
console.log(Function.prototype.toString.call(Array));
console.log((function () {}).bind().toString());
console.log(Object.getOwnPropertyDescriptor(Map.prototype, "size").get.toString());
console.log(Symbol.prototype[Symbol.toPrimitive].toString());
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name, e.message); }
console.log(Function.prototype.toString.length, Function.prototype.toString());
