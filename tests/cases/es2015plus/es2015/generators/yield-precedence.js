// yield without an operand yields undefined; yield binds loosely; yield yield.
function* g() {
  const a = yield;
  const b = yield a, c = yield b;
  const d = yield yield c;
  return [a, b, c, d];
}
const it = g();
const out = [];
let r = it.next();
let i = 0;
while (!r.done) { out.push(r.value); r = it.next('v' + i++); }
console.log(out, r.value);
