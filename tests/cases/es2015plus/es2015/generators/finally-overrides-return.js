// A return in a finally block replaces the pending return() value; a throw replaces it too.
function* g() { try { yield 1; } finally { return 'from finally'; } }
const a = g(); a.next();
console.log(a.return('ignored'));
function* h() { try { yield 1; } finally { throw new Error('from finally'); } }
const b = h(); b.next();
try { b.return('x'); } catch (e) { console.log(e.message); }
console.log(b.next());
