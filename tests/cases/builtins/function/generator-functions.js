// Generator functions: their prototype chain, toString tag and instances.
function* g() { yield 1; }
var GeneratorFunction = Object.getPrototypeOf(g).constructor;
console.log(GeneratorFunction.name, Object.prototype.toString.call(g), typeof g.prototype);
var it = g();
console.log(Object.getPrototypeOf(it) === g.prototype, it instanceof g, typeof it.next);
try { new g(); } catch (e) { console.log(e.name, e.message); }
var dyn = new GeneratorFunction("a", "yield a; yield a * 2;");
console.log(Array.from(dyn(5)).join(","), dyn.name);
console.log(Object.getPrototypeOf(g) === Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(g) !== Function.prototype);
