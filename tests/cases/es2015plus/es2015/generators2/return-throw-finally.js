// Generator return()/throw() while suspended inside try/finally: finally runs, may yield again, may override the completion.
function* g() {
  try { yield 1; yield 2; }
  finally { yield 'cleanup'; console.log('finally done'); }
}
let it = g();
console.log(JSON.stringify(it.next()), JSON.stringify(it.return('r')), JSON.stringify(it.next()), JSON.stringify(it.next()));
function* h() { try { yield 1; } finally { return 'overridden'; } }
it = h(); it.next();
console.log(JSON.stringify(it.return('r')));
function* k() { try { yield 1; } catch (e) { yield 'caught ' + e; } }
it = k(); it.next();
console.log(JSON.stringify(it.throw('boom')), JSON.stringify(it.next()));
it = k();
try { it.throw('before start'); } catch (e) { console.log('thrown out:', e); }
console.log(JSON.stringify(it.next()));
function* nested() { try { try { yield 'inner'; } finally { console.log('inner finally'); } } finally { console.log('outer finally'); } }
it = nested(); it.next(); console.log(JSON.stringify(it.return(5)));
