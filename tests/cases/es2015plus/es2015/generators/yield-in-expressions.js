// yield inside larger expressions: operands evaluated before the yield are kept.
function* g() {
  const a = 10 + (yield 'first');
  const b = [1, yield 'second', 3];
  const c = { x: yield 'third', y: 'why' };
  const d = `${yield 'fourth'}-${a}`;
  console.log(a, b, c, d);
  console.log('call', Math.max(a, yield 'fifth', 5));
  return (yield 'sixth') * (yield 'seventh');
}
const it = g();
let r = it.next();
let n = 1;
while (!r.done) { console.log(r.value); r = it.next(n++); }
console.log('result', r.value);
