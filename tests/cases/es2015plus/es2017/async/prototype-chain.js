// Async functions inherit from %AsyncFunction.prototype%.
async function f() {}
var AsyncFunctionPrototype = Object.getPrototypeOf(f);
console.log(AsyncFunctionPrototype === Object.getPrototypeOf(async () => {}));
console.log(Object.getPrototypeOf(AsyncFunctionPrototype) === Function.prototype);
console.log(AsyncFunctionPrototype[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(f));
console.log(f.hasOwnProperty('prototype'), f.length, f.name);
console.log(AsyncFunctionPrototype.constructor.name);
