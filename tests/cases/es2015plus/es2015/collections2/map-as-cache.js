// Map as a memo cache with object keys, NaN keys, -0 normalisation, iteration while deleting, and size bookkeeping.
const memo = new Map();
const fib = n => { if (n < 2) return n; if (memo.has(n)) return memo.get(n); const v = fib(n - 1) + fib(n - 2); memo.set(n, v); return v; };
console.log(fib(80), memo.size);
const m = new Map([[NaN, 'nan'], [0, 'zero']]);
m.set(-0, 'negative zero overwrites');
console.log(m.get(NaN), m.get(0), m.size, Object.is([...m.keys()][1], 0));
const keyA = {}, keyB = {};
const byObj = new Map([[keyA, 'A'], [keyB, 'B']]);
console.log(byObj.get(keyA), byObj.get({}), byObj.has(keyB));
for (const [k] of m) if (k !== k) m.delete(k);
console.log([...m.values()].join(), m.size);
m.clear();
console.log(m.size, [...m].length, m.set('a', 1).set('b', 2).size);
