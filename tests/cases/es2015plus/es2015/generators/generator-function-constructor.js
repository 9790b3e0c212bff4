// %GeneratorFunction% makes generator functions from source text.
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const g = new GeneratorFunction('a', 'b', 'yield a; yield b; return a + b;');
const it = g(1, 2);
console.log(it.next(), it.next(), it.next());
console.log(g.name, g.length, Object.getPrototypeOf(g) === GeneratorFunction.prototype);
console.log(g.toString());
const h = GeneratorFunction('yield 42');
console.log([...h()]);
try { GeneratorFunction('yield ('); } catch (e) { console.log(e.constructor.name); }
