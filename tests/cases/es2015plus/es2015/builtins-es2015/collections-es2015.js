// Map and Set basics: SameValueZero keys, insertion order, iteration during mutation, chaining, size.
const m = new Map([[NaN, 'nan'], [0, 'zero']]);
console.log(m.get(NaN), m.get(-0), m.set('k', 1) === m, m.size, [...m.keys()].map(String).join(','));
m.delete(0);
m.set(0, 'again');
console.log([...m.values()].join(','));
const s = new Set([1, 2, 3]);
for (const v of s) { if (v === 1) { s.delete(2); s.add(4); } console.log('visit', v); }
const o = {};
const ws = new WeakSet([o]);
const wm = new WeakMap([[o, 'val']]);
console.log(ws.has(o), wm.get(o), ws.has({}), wm.has({}));
try { wm.set(1, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new WeakSet([1]); } catch (e) { console.log(e.constructor.name, e.message); }
try { Map(); } catch (e) { console.log(e.constructor.name, e.message); }
const grouped = new Map();
for (const w of ['apple', 'avocado', 'banana']) grouped.set(w[0], [...(grouped.get(w[0]) || []), w]);
console.log(JSON.stringify([...grouped]));
m.forEach(function (v, k, map) { if (k === 'k') console.log('forEach', v, map === m, this.t); }, { t: 'thisArg' });
