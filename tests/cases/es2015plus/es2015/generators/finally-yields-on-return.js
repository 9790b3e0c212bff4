// A finally block may yield while return() is pending; the return completes afterwards.
function* g() {
  try { yield 1; }
  finally { yield 'cleanup 1'; yield 'cleanup 2'; console.log('finally end'); }
  console.log('never');
}
const it = g();
console.log(it.next());
console.log(it.return('R'));
console.log(it.next());
console.log(it.next());
console.log(it.next());
