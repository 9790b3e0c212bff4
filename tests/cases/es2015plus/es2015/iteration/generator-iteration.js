// Generators as iterables: spread, for-of with break (return runs finally), return values ignored by for-of.
function* g() {
  try { yield 1; yield 2; yield 3; return 'done'; } finally { console.log('cleanup'); }
}
console.log([...g()].join(','));
for (const v of g()) { console.log('v', v); if (v === 2) break; }
const it = g();
console.log(JSON.stringify(it.next()), JSON.stringify(it.return('early')), JSON.stringify(it.next()));
function* inf() { let i = 0; while (true) yield i++; }
const [a, b, c] = inf();
console.log(a, b, c);
function* delegating() { const r = yield* g(); console.log('delegate got', r); }
console.log([...delegating()].join(','));
