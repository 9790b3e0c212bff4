// Optional calls preserve this, short-circuit arguments, combine with super, private names and tagged templates guards.
const counter = { n: 0, inc() { return ++this.n; } };
console.log(counter.inc?.(), counter?.inc(), counter['inc']?.(), counter.n);
let evaluated = false;
const nothing = null;
nothing?.method(evaluated = true);
console.log(evaluated);
class Base { greet() { return 'base'; } }
class Sub extends Base { greet() { return super.greet?.() + '+sub'; } missing() { return super.nope?.() ?? 'no super.nope'; } }
console.log(new Sub().greet(), new Sub().missing());
const fns = { list: [x => x * 2] };
console.log(fns.list?.[0]?.(21), fns.other?.[0]?.(21), fns.list[1]?.(1));
const deep = { a: { b: null } };
console.log(deep?.a?.b?.c?.d, deep.a?.['b'] ?? 'nullish default', (deep?.a).b);
