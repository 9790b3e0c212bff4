const s = new Set();
for (let i = 0; i < 5000; i++) s.add(i);
const seen = [];
let n = 0;
for (const v of s) {
  if (n++ < 10) seen.push(v);
  if (v < 4000) s.delete(v + 1000);
}
console.log(s.size, seen, n);
const t = new Set();
for (let i = 0; i < 1000; i++) t.add(i);
const it = t.values();
for (let i = 0; i < 10; i++) it.next();
for (let i = 0; i < 990; i++) t.delete(i);
console.log(it.next(), t.size);
