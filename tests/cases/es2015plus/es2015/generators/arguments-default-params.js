// Default parameters are evaluated at the call; errors there throw from the call itself.
function* g(a = (console.log('default evaluated'), 1), b = a + 1) { console.log('body'); yield [a, b]; }
const it = g();
console.log('after call');
console.log(it.next().value);
function* bad(x = undefinedVariable) { console.log('never'); }
try { bad(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
function* destructured({ a, b: [c, d] }, ...rest) { yield a + c + d + rest.length; }
console.log([...destructured({ a: 1, b: [2, 3] }, 'x', 'y')]);
