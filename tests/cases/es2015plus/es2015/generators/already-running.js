// Calling next() from inside the running generator is a TypeError.
let it;
function* g() {
  try { it.next(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  yield 1;
  it.next();
}
it = g();
console.log(it.next());
try { it.next(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(it.next());
