// yield* of an iterator without throw(): it is closed and a TypeError is thrown.
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { return { value: 'v', done: false }; },
      return() { console.log('closed'); return {}; },
    };
  },
};
function* g() { try { yield* iterable; } catch (e) { console.log(e.constructor.name + ': ' + e.message); yield 'after'; } }
const it = g();
console.log(it.next());
console.log(it.throw(new Error('x')));
function* h() { yield* { [Symbol.iterator]() { return { next() { return { done: false }; } }; } }; }
const it2 = h();
it2.next();
try { it2.throw(1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
