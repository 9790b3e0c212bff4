// let/const in switch cases share one scope (TDZ across cases), labeled blocks with break, and block-level functions.
function sw(n) {
  switch (n) {
    case 1: let a = 'one'; return a;
    case 2: try { return a; } catch (e) { return e.constructor.name; }
    default: { const a = 'default block'; return a; }
  }
}
console.log(sw(1), sw(2), sw(3));
out: {
  for (const i of [1, 2, 3]) { if (i === 2) break out; console.log('i', i); }
  console.log('never');
}
{
  function blockFn() { return 'block function'; }
  console.log(blockFn());
}
console.log(typeof blockFn);
'use strict';
const fns = [];
for (const x of ['a', 'b']) { function inner() { return x; } fns.push(inner); }
console.log(fns.map(f => f()).join());
