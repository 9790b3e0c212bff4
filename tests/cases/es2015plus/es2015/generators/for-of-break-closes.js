// Leaving a for-of loop early returns the generator, running its finally block.
function* g() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
for (const v of g()) { console.log(v); break; }
function f() { for (const v of g()) { return v * 10; } }
console.log(f());
try { for (const v of g()) throw new Error('inside loop ' + v); } catch (e) { console.log(e.message); }
