// A generator is its own iterator: it can only be consumed once.
function* g() { yield 1; yield 2; }
const it = g();
console.log([...it], [...it]);
const it2 = g();
for (const v of it2) { console.log('first loop', v); break; }
for (const v of it2) console.log('second loop', v);
