// yield* with a hand-written iterator: result objects are passed through as they are.
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next(v) { console.log('next', v); i++; return { value: i, done: i > 2, extra: 'kept' }; },
      return(v) { console.log('return', v); return { value: 'r' + v, done: true }; },
    };
  },
};
function* g() { const r = yield* iterable; console.log('result', r); }
const it = g();
const first = it.next('a');
console.log(first, first.extra);
console.log(it.next('b'));
console.log(it.next('c'));
const it2 = g();
it2.next();
console.log(it2.return('x'));
