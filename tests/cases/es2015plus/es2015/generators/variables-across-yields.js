// Locals of every kind keep their values across yields: numbers, strings, objects, closures.
function* g(n) {
  let count = 0;
  let total = 0.5;
  let text = '';
  const obj = { hits: 0 };
  const bump = () => ++obj.hits;
  for (let i = 0; i < n; i++) {
    count++;
    total *= 2;
    text += String.fromCharCode(97 + i);
    bump();
    yield [count, total, text, obj.hits];
  }
  var hoisted = 'var';
  yield hoisted;
}
for (const v of g(4)) console.log(v);
