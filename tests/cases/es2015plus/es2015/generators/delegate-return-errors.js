// yield* return() with a return method giving a non-object, or throw() giving one.
function t(f) { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
const bad = (method) => ({ [Symbol.iterator]() { return { next() { return { done: false }; }, [method]() { return 3; } }; } });
function* g(it) { yield* it; }
const a = g(bad('return')); a.next(); t(() => a.return(5));
const b = g(bad('throw')); b.next(); t(() => b.throw(5));
const c = g({ [Symbol.iterator]() { return { next() { return { done: false }; }, return: 7 }; } }); c.next(); t(() => c.return(1));
