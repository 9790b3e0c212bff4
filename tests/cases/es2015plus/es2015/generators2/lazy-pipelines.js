// Lazy generator pipelines: infinite sources, take/map/filter/zip, early exit closes every stage.
function* naturals() { let n = 0; try { while (true) yield n++; } finally { console.log('naturals closed at', n); } }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }
function* zip(a, b) { const ia = a[Symbol.iterator](), ib = b[Symbol.iterator](); while (true) { const x = ia.next(), y = ib.next(); if (x.done || y.done) return; yield [x.value, y.value]; } }
console.log([...take(filter(map(naturals(), x => x * x), x => x % 2), 5)].join());
console.log([...zip('abc', naturals())].map(p => p.join('')).join(' '));
const primes = function* () { const found = []; for (const n of naturals()) { if (n < 2) continue; if (found.every(p => n % p)) { found.push(n); yield n; } } };
console.log([...take(primes(), 10)].join());
