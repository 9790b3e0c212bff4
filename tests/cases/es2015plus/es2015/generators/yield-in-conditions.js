// yield in conditions, logical and conditional operators.
function* g() {
  if (yield 'test') console.log('then'); else console.log('else');
  const x = (yield 'l') || (yield 'r');
  const y = (yield 'c') ? yield 'yes' : yield 'no';
  while (yield 'again') console.log('loop body');
  return [x, y];
}
const answers = [true, 0, 'right', false, 'N', 1, 1, 0];
const it = g();
let r = it.next();
while (!r.done) { console.log('yield', r.value); r = it.next(answers.shift()); }
console.log(r.value);
