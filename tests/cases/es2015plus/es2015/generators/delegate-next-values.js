// yield* passes next()'s argument to the inner generator.
function* inner() { const a = yield 'i1'; console.log('inner got', a); const b = yield 'i2'; console.log('inner got', b); return a + b; }
function* outer() { const r = yield* inner(); console.log('outer got', r); const c = yield 'o1'; return c; }
const it = outer();
console.log(it.next('x'));
console.log(it.next('A'));
console.log(it.next('B'));
console.log(it.next('C'));
