// Proxy.revocable: every operation fails after revoke; a validation proxy; a negative-index array; a default-value object.
const { proxy, revoke } = Proxy.revocable({ x: 1 }, {});
console.log(proxy.x, typeof revoke, revoke.length, revoke.name === '');
revoke();
revoke();
for (const op of [() => proxy.x, () => { proxy.x = 1; }, () => 'x' in proxy, () => Object.keys(proxy), () => typeof proxy, () => Object.getPrototypeOf(proxy)]) {
  try { console.log('ok', op()); } catch (e) { console.log(e.message); }
}
const validated = new Proxy({}, { set(t, k, v) { if (typeof v !== 'number') throw new TypeError(`${k} must be a number`); t[k] = v; return true; } });
validated.age = 30;
try { validated.age = 'old'; } catch (e) { console.log(e.message, validated.age); }
const negative = arr => new Proxy(arr, { get: (t, k, r) => typeof k === 'string' && /^-\d+$/.test(k) ? t[t.length + Number(k)] : Reflect.get(t, k, r) });
const a = negative([1, 2, 3]);
console.log(a[-1], a[-3], a[0], a.length);
const withDefault = (obj, d) => new Proxy(obj, { get: (t, k) => (k in t ? t[k] : d) });
const counts = withDefault({}, 0);
for (const w of 'the cat the hat'.split(' ')) counts[w] = counts[w] + 1;
console.log(JSON.stringify(counts), counts.missing);
