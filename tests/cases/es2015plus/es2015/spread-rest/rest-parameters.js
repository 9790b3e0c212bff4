// Rest parameters are real arrays, excluded from length, and independent of arguments.
function f(a, ...rest) { return [a, rest.length, Array.isArray(rest), arguments.length].join(','); }
console.log(f(), f(1), f(1, 2, 3));
console.log(f.length, ((...r) => r).length);
function g(...all) { all.push('x'); return arguments.length + ' ' + all.length; }
console.log(g(1, 2));
function h(a, ...r) { a = 'changed'; r[0] = 'r0'; return arguments[0] + ' ' + arguments[1]; }
console.log(h('orig', 'second'));
const sum = (...ns) => ns.reduce((x, y) => x + y, 0);
console.log(sum(1, 2, 3, 4));
function k(...[first, second]) { return first + '-' + second; }
console.log(k('a', 'b', 'c'), k.length);
function m(...{ length }) { return length; }
console.log(m(1, 2, 3));
