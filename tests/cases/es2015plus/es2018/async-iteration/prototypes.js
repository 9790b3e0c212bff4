// The async generator intrinsics and their relationships.
async function* g() {}
var AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(g);
var AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
var AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);
console.log(AsyncGeneratorFunctionPrototype[Symbol.toStringTag], AsyncGeneratorPrototype[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(g.prototype) === AsyncGeneratorPrototype);
console.log(Object.getPrototypeOf(g()) === g.prototype);
console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator]);
var it = g();
console.log(it[Symbol.asyncIterator]() === it);
console.log(Object.getOwnPropertyNames(AsyncGeneratorPrototype).sort().join(','));
console.log(AsyncGeneratorFunctionPrototype.constructor.name, Object.prototype.toString.call(it));
