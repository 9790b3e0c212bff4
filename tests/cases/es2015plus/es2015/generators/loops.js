// Yields inside for, for-in, for-of, while and do-while loops.
function* g() {
  for (let i = 0; i < 3; i++) yield 'for ' + i;
  for (const k in { a: 1, b: 2 }) yield 'in ' + k;
  for (const v of ['x', 'y']) yield 'of ' + v;
  let n = 0;
  while (n < 2) yield 'while ' + n++;
  do { yield 'do ' + n; } while (--n > 0);
}
console.log([...g()].join(' | '));
