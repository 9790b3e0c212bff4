const s = new Set([1, 2, 3]);
const seen = [];
for (const v of s) {
  seen.push(v);
  if (v === 1) { s.delete(2); s.add(4); }
  if (v === 3) s.add(1);
}
console.log(seen, [...s]);
const t = new Set(['a', 'b', 'c']);
const order = [];
t.forEach(v => {
  order.push(v);
  if (v === 'a' && order.length === 1) { t.delete('a'); t.add('a'); }
  if (order.length > 10) throw new Error('runaway');
});
console.log(order);
