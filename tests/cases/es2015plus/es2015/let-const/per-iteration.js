// for-loop let bindings are copied per iteration; the copy happens before the update expression.
const fns = [];
for (let i = 0; i < 3; i++) { fns.push(() => i); }
console.log(fns.map(f => f()).join(','));
const fns2 = [];
for (let i = 0; i < 3; i++) { fns2.push(() => i); i += 0; }
console.log(fns2.map(f => f()).join(','));
const fns3 = [];
for (let i = 0; i < 6; i++) { if (i % 2) continue; fns3.push(() => i); }
console.log(fns3.map(f => f()).join(','));
const fns4 = [];
for (let i = 0; i < 3; i++) { const j = i * 10; fns4.push(() => j + i); }
console.log(fns4.map(f => f()).join(','));
const fns5 = [];
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j > i) continue outer; fns5.push(() => '' + i + j); } }
console.log(fns5.map(f => f()).join(','));
var vfns = [];
for (var v = 0; v < 3; v++) vfns.push(() => v);
console.log(vfns.map(f => f()).join(','));
