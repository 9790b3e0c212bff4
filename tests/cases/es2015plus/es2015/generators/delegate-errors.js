// TypeErrors from yield* with bad iterables and iterator results.
function t(f) { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
function* of(v) { yield* v; }
for (const v of [5, undefined, null, {}, true, function f() {}, { [Symbol.iterator]: 1 }]) t(() => of(v).next());
t(() => of({ [Symbol.iterator]() { return 1; } }).next());
t(() => of({ [Symbol.iterator]() { return { next() { return 1; } }; } }).next());
t(() => of({ [Symbol.iterator]() { return { next() { return undefined; } }; } }).next());
