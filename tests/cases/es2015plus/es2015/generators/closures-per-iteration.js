// let bindings captured by closures in a loop keep their per-iteration values across yields.
function* g() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    fns.push(() => i);
    yield i;
  }
  return fns.map(f => f());
}
const it = g();
console.log(it.next().value, it.next().value, it.next().value);
console.log(it.next());
