// yield is an identifier outside generators in sloppy code, and a keyword inside them.
var yield = 5;
function f() { var yield = 'local'; return yield; }
console.log(yield, f());
function* g() { yield yield; }
const it = g();
console.log(it.next(), it.next('sent'), it.next());
function* h() { const o = { yield: 1 }; yield o.yield; }
console.log([...h()]);
