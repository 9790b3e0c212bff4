const a = Symbol('a'), b = Symbol('a');
const m = new Map([[a, 1], [b, 2]]);
console.log(m.size, m.get(a), m.get(b), m);
console.log(new Set([Symbol.iterator, Symbol.for('x'), Symbol.for('x')]));
