// An exception thrown by the body completes the generator.
function* g() { yield 1; throw new RangeError('bad'); }
const it = g();
console.log(it.next());
try { it.next(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(it.next());
console.log(it.return(1));
