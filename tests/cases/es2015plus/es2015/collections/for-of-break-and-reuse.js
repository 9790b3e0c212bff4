const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const it = m.keys();
for (const k of it) { console.log('first loop', k); if (k === 1) break; }
for (const k of it) console.log('second loop', k);
const s = new Set([1, 2, 3]);
let count = 0;
for (const v of s) { for (const w of s) count += v * w; }
console.log(count);
