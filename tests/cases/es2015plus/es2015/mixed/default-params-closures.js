// Default parameters that close over earlier parameters, the function's own name and outer variables; arguments stays unmapped.
let counter = 0;
function make(prefix = 'id', next = () => prefix + ++counter, again = next) { return [next(), again(), next()].join(','); }
console.log(make(), make('x'), counter);
function selfRef(f = selfRef) { return f === selfRef; }
console.log(selfRef());
const outer = 'outer';
function shadow(a = outer) { const outer = 'inner'; return a + '/' + outer; }
console.log(shadow());
function lazy(a, b = a.length) { return b; }
console.log(lazy([1, 2, 3]), lazy('ab', 0));
const arrow = (x, y = () => x) => { x = 'changed'; return y(); };
console.log(arrow('orig'));
function argsUnmapped(a, b = 2) { a = 9; return [arguments[0], arguments.length].join(); }
console.log(argsUnmapped(1));
