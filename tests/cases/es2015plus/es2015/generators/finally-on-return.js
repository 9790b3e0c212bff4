// return() runs enclosing finally blocks, innermost first.
function* g() {
  try {
    try { yield 1; }
    finally { console.log('inner finally'); }
  } finally { console.log('outer finally'); }
}
const it = g();
it.next();
console.log(it.return('done'));
