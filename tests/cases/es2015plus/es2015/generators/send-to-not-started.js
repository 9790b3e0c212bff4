// The first next()'s argument is dropped; next() with extra arguments uses only the first.
function* g() { const a = yield 'ready'; const b = yield a; return b; }
const it = g();
console.log(it.next('dropped'), it.next('one', 'two'), it.next());
