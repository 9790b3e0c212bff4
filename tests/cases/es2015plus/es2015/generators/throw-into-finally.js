// throw() while suspended in a finally block during return(): the new throw wins.
function* g() {
  try { yield 1; }
  finally { try { yield 'in finally'; } catch (e) { console.log('caught in finally', e); } console.log('finally done'); }
}
const it = g();
it.next();
console.log(it.return('R'));
console.log(it.throw('T'));
console.log(it.next());
