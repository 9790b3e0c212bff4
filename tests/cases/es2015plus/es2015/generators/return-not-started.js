// return() and throw() on a generator that has not started never run its body.
function* g() { console.log('body ran'); try { yield 1; } finally { console.log('finally ran'); } }
const a = g();
console.log(a.return('r'));
console.log(a.next());
const b = g();
try { b.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
console.log(b.next());
