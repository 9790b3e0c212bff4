const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 1) { m.delete(2); m.set(4, 'd'); }
  if (k === 4) m.set(5, 'e');
}
console.log(seen, m.size);
