// Generator objects: prototypes, toStringTag, re-entrancy errors, methods on non-generators, generator methods in classes.
function* g() { yield this === undefined ? 'undefined this' : this.tag; }
const it = g.call({ tag: 'T' });
console.log(it.next().value, Object.prototype.toString.call(it), Object.getPrototypeOf(it) === g.prototype, it[Symbol.iterator]() === it);
console.log(typeof g.prototype, Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(function* () {}).prototype, g.constructor.name);
function* reenter() { me.next(); }
const me = reenter();
try { me.next(); } catch (e) { console.log(e.constructor.name, e.message); }
try { g.prototype.next.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { new g(); } catch (e) { console.log(e.constructor.name, e.message); }
class Tree { constructor(v, kids = []) { this.v = v; this.kids = kids; } *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; } }
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)])].join());
const obj = { *gen() { yield 'method'; }, async *agen() {} };
console.log(obj.gen().next().value, Object.prototype.toString.call(obj.agen()), obj.gen.name);
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const dyn = new GeneratorFunction('a', 'yield a; yield a * 2;');
console.log([...dyn(21)].join(), dyn.name);
