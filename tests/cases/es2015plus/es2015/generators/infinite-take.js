// Infinite generators consumed lazily.
function* naturals() { let n = 0; while (true) yield n++; }
function* take(n, it) { for (const v of it) { if (n-- <= 0) return; yield v; } }
function* map(f, it) { for (const v of it) yield f(v); }
function* filter(p, it) { for (const v of it) if (p(v)) yield v; }
console.log([...take(5, naturals())]);
console.log([...take(5, map(x => x * x, filter(x => x % 2, naturals())))]);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const f = fib();
const out = [];
for (let i = 0; i < 15; i++) out.push(f.next().value);
console.log(out.join(','));
