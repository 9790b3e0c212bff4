// Resuming deep inside nested try blocks in loops.
function* g() {
  for (let i = 0; i < 2; i++) {
    try {
      try {
        yield 'a' + i;
        try { yield 'b' + i; } finally { console.log('f1', i); }
      } catch (e) { console.log('c1', e); }
      yield 'c' + i;
    } finally {
      console.log('f2', i);
    }
  }
}
const it = g();
console.log(it.next().value, it.next().value);
console.log(it.throw('boom').value);
console.log(it.next().value, it.next().value, it.next().value);
console.log(it.return('stop'));
console.log(it.next());
