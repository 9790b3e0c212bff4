// yield in compound assignments and updates to properties.
function* g() {
  const o = { a: 1, b: [10, 20] };
  o.a += yield 'a';
  o.b[yield 'index'] *= yield 'factor';
  let s = 'x';
  s += (yield 's') + (yield 't');
  return [o, s];
}
const it = g();
const sends = [5, 1, 3, 'y', 'z'];
let r = it.next();
while (!r.done) { console.log(r.value); r = it.next(sends.shift()); }
console.log(r.value);
