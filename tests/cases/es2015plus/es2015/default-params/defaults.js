// Default parameters: evaluated per call, left to right, only for undefined, seeing earlier parameters.
let calls = 0;
function f(a = ++calls, b = a * 10, c = [a, b]) { return c.join('/'); }
console.log(f(), f(), f(5), f(undefined, 1), f(null), calls);
function g(x = []) { x.push(1); return x.length; }
console.log(g(), g(), g([1, 2]));
function h(a, b = 2, c) { return a + b + (c || 0); }
console.log(h.length, h(1), h(1, undefined, 3));
function scope(a = () => v) { var v = 'inner'; return a(); }
const v = 'outer';
console.log(scope());
function self(a = self.name) { return a; }
console.log(self());
function args(a = 1) { a = 2; return arguments[0]; }
console.log(args(), args(9));
function early(a = b, b = 1) { return a; }
try { early(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(early(0));
const arrow = (x, y = x + 1) => x * y;
console.log(arrow(3));
