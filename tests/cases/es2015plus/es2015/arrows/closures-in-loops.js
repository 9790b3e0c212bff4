// Arrows capture per-iteration let/const bindings in every loop kind.
const fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()).join(','));
const gs = [];
for (const k in { a: 1, b: 2 }) gs.push(() => k);
console.log(gs.map(g => g()).join(','));
const hs = [];
for (const v of [10, 20]) hs.push(() => v);
console.log(hs.map(h => h()).join(','));
const js = [];
for (let i = 0; i < 3; i++) { js.push(() => i); i++; }
console.log(js.map(f => f()).join(','));
const ks = [];
let n = 0;
while (n < 3) { const m = n * n; ks.push(() => m); n++; }
console.log(ks.map(f => f()).join(','));
const ls = [];
for (let i = 0, first = () => i; i < 2; i++) ls.push(first);
console.log(ls.map(f => f()).join(','));
