// Array destructuring that stops early calls return(), which runs finally blocks.
function* g() {
  try { yield 1; yield 2; yield 3; }
  finally { console.log('closed'); }
}
const [a] = g();
console.log('a', a);
const [p, q, r, s] = g();
console.log(p, q, r, s);
