// return() cannot be caught by catch, only finally sees it; throw() can.
function* g() {
  try { yield 1; }
  catch (e) { console.log('catch should not run for return'); }
  finally { console.log('finally'); }
  yield 'after';
}
const it = g(); it.next();
console.log(it.return(3));
const it2 = g(); it2.next();
console.log(it2.throw(4));
