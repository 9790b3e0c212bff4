// The ** operator: right associativity, precedence with unary minus (a SyntaxError), **=, special values.
console.log(2 ** 10, 2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 2, 2 ** -1);
console.log(NaN ** 0, 1 ** Infinity, (-8) ** (1 / 3), 0 ** -1, (-0) ** -1);
let x = 3;
x **= 2;
console.log(x);
try { eval('-2 ** 2'); } catch (e) { console.log(e.constructor.name); }
console.log(eval('(-2) ** 3'), eval('2 ** -2'));
const o = { valueOf() { return 3; } };
console.log(o ** 2, '2' ** '3', [2] ** [2]);
console.log(Math.pow(2, 0.5) === 2 ** 0.5, 10 ** 21, 10 ** -7);
let calls = [];
const a = { get v() { calls.push('a'); return 2; } }, b = { get v() { calls.push('b'); return 3; } };
console.log(a.v ** b.v, calls.join(''));
