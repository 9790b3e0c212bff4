// The prototype objects of generator functions and generators (ES2015 25.2-25.3).
function* g() {}
const GeneratorFunction = Object.getPrototypeOf(g).constructor;
const GeneratorFunctionPrototype = Object.getPrototypeOf(g);
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const IteratorPrototype = Object.getPrototypeOf(GeneratorPrototype);
console.log(GeneratorFunction.name, GeneratorFunction.length);
console.log(Object.getPrototypeOf(GeneratorFunction) === Function);
console.log(Object.getPrototypeOf(GeneratorFunctionPrototype) === Function.prototype);
console.log(Object.getPrototypeOf(IteratorPrototype) === Object.prototype);
console.log(Object.getPrototypeOf(g.prototype) === GeneratorPrototype);
console.log(Object.getPrototypeOf(g()) === g.prototype);
console.log(GeneratorPrototype.constructor === GeneratorFunctionPrototype, GeneratorFunctionPrototype.constructor === GeneratorFunction);
console.log(g.prototype.hasOwnProperty('constructor'), g.hasOwnProperty('caller'));
console.log(Object.getOwnPropertyNames(GeneratorPrototype).sort(), Object.getOwnPropertyNames(GeneratorFunctionPrototype).sort());
const it = g();
console.log(it[Symbol.iterator]() === it, typeof IteratorPrototype[Symbol.iterator]);
console.log(GeneratorPrototype[Symbol.toStringTag], GeneratorFunctionPrototype[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(it), Object.prototype.toString.call(g), String(it));
console.log(g instanceof Function, it instanceof g, typeof g, typeof it);
