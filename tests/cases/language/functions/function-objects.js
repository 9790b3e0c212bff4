// Functions are objects: properties, prototype objects and the constructor link.
function F() {}
F.count = 0;
F.increment = function () { return ++F.count; };
F.increment(); F.increment();
console.log(F.count);
console.log(typeof F.prototype, F.prototype.constructor === F);
console.log(Object.keys(F.prototype).length, Object.getOwnPropertyNames(F.prototype).join(","));
console.log(F instanceof Function, F instanceof Object, Object.getPrototypeOf(F) === Function.prototype);
console.log(typeof Function.prototype, Function.prototype() === undefined);
var desc = Object.getOwnPropertyDescriptor(F, "prototype");
console.log(desc.writable, desc.enumerable, desc.configurable);
var lenDesc = Object.getOwnPropertyDescriptor(F, "length");
console.log(lenDesc.writable, lenDesc.enumerable, lenDesc.configurable);
function withMemo(n) {
  withMemo.cache = withMemo.cache || {};
  if (n in withMemo.cache) return "cached " + withMemo.cache[n];
  return (withMemo.cache[n] = n * n);
}
console.log(withMemo(4), withMemo(4));
