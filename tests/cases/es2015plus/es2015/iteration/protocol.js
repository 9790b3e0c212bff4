// The iterator protocol: custom iterables in for-of, spread, Array.from, destructuring; return() on break.
class Range {
  constructor(a, b) { this.a = a; this.b = b; }
  [Symbol.iterator]() {
    let cur = this.a, end = this.b;
    return { next: () => cur <= end ? { value: cur++, done: false } : { value: undefined, done: true }, return() { console.log('closed'); return { done: true }; } };
  }
}
const r = new Range(1, 4);
for (const n of r) console.log('n', n);
console.log([...r].join(','), Array.from(r, x => x * 2).join(','));
for (const n of r) { if (n === 2) break; }
for (const n of r) { if (n === 3) continue; }
function first() { for (const n of r) return n; }
console.log(first());
try { for (const n of r) throw new Error('x'); } catch (e) { console.log('caught', e.message); }
const [a, b] = r;
console.log(a, b);
