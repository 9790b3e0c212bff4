// The inner return() may yield (from a finally block) and keeps delegating.
function* inner() { try { yield 1; } finally { yield 'inner cleanup'; } }
function* outer() { yield* inner(); yield 'not reached'; }
const it = outer();
console.log(it.next());
console.log(it.return('R'));
console.log(it.next());
console.log(it.next());
