// A method call's receiver, callee and earlier arguments survive a yield among the arguments.
const obj = {
  name: 'obj',
  f(a, b, c) { return this.name + ':' + a + b + c; },
};
function* g() {
  console.log(obj.f('a', yield 1, 'c'));
  console.log(obj.f(yield 2, yield 3, yield 4));
  console.log(String(yield 5).toUpperCase(), [yield 6].concat([yield 7]));
}
const it = g();
let r = it.next();
const letters = 'bxyzuvw'.split('');
while (!r.done) { console.log('yielded', r.value); r = it.next(letters.shift()); }
