const cache = new Map();
function memo(obj) {
  if (cache.has(obj)) return 'hit ' + cache.get(obj);
  cache.set(obj, Object.keys(obj).length);
  return 'miss';
}
const o = { a: 1, b: 2 };
console.log(memo(o), memo(o), memo({ a: 1, b: 2 }), cache.size);
const byType = new Map();
for (const v of [1, 'a', true, null, 2, 'b', {}, []]) {
  const t = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  if (!byType.has(t)) byType.set(t, []);
  byType.get(t).push(v);
}
console.log(byType);
