let returned = 0;
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; return { value: i, done: i > 3 }; },
      return() { returned++; return {}; },
    };
  },
};
Promise.all(iterable).then(v => console.log('values', v, 'returned', returned));
class Bad extends Promise {
  static resolve(v) { if (v === 2) throw new Error('resolve threw at 2'); return super.resolve(v); }
}
Bad.all(iterable).catch(e => console.log('caught', e.message, 'returned', returned));
const throwingNext = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { returned += 100; return {}; } }; } };
Promise.all(throwingNext).catch(e => console.log('caught', e.message, 'returned', returned));
