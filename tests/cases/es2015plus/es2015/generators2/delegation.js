// yield* delegates next/throw/return to inner generators and iterables, and yields the inner return value as its own value.
function* inner() { const x = yield 'i1'; console.log('inner got', x); try { yield 'i2'; } finally { console.log('inner cleanup'); } return 'inner result'; }
function* outer() { const r = yield* inner(); console.log('outer got', r); yield* [10, 20]; yield* 'ab'; }
const it = outer();
const seen = [];
let step = it.next();
while (!step.done) { seen.push(step.value); step = it.next('sent' + seen.length); }
console.log(seen.join(','));
const it2 = outer();
it2.next(); it2.next();
console.log(JSON.stringify(it2.return('stop')));
function* thrower() { try { yield* inner(); } catch (e) { yield 'outer caught ' + e; } }
const it3 = thrower();
it3.next();
console.log(JSON.stringify(it3.throw('E')));
const noThrow = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { console.log('return called'); return {}; } }; } };
function* viaIterable() { yield* noThrow; }
const it4 = viaIterable();
it4.next();
try { it4.throw(new Error('x')); } catch (e) { console.log(e.constructor.name, e.message); }
