// Error.prototype: its own properties and descriptors.
console.log(Object.getOwnPropertyNames(Error.prototype).sort().join(","));
console.log(Error.prototype.name, JSON.stringify(Error.prototype.message), Object.prototype.toString.call(Error.prototype));
["name", "message", "toString", "constructor"].forEach(function (k) {
  var d = Object.getOwnPropertyDescriptor(Error.prototype, k);
  console.log(k, d.writable, d.enumerable, d.configurable);
});
console.log(Object.getPrototypeOf(Error.prototype) === Object.prototype, Error.prototype instanceof Error);
console.log(Object.getOwnPropertyNames(new Error("x")).sort().join(","), Object.keys(new Error("x")).length);
console.log(Object.getOwnPropertyNames(TypeError.prototype).sort().join(","));
