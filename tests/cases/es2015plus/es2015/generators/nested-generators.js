// Generators creating and driving other generators, and generators in closures.
function* counter(label) { let i = 0; while (true) { const reset = yield `${label}${i++}`; if (reset) i = 0; } }
const a = counter('a'), b = counter('b');
console.log(a.next().value, b.next().value, a.next().value, a.next(true).value, b.next().value);
function makeGen(base) { return function* () { let x = base; while (x < base + 3) yield x++; }; }
console.log([...makeGen(10)()], [...makeGen(20)()]);
function* zip(...its) { const iters = its.map(i => i[Symbol.iterator]()); while (true) { const rs = iters.map(i => i.next()); if (rs.some(r => r.done)) return; yield rs.map(r => r.value); } }
console.log([...zip([1, 2, 3], 'ab', counter('c'))]);
