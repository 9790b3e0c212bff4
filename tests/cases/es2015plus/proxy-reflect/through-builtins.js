// Built-ins see proxies through their traps: Object.keys, JSON.stringify, for-in, spread, Object.assign, Array methods.
const target = { b: 2, a: 1, hidden: 'h' };
const p = new Proxy(target, {
  ownKeys: t => Reflect.ownKeys(t).filter(k => k !== 'hidden'),
  get: (t, k, r) => typeof k === 'string' && k in t ? t[k] * 10 || t[k] : Reflect.get(t, k, r),
});
console.log(Object.keys(p).join(), JSON.stringify(p), JSON.stringify({ ...p }), JSON.stringify(Object.assign({}, p)));
const seen = [];
for (const k in p) seen.push(k);
console.log(seen.join(), Object.entries(p).join(';'), Object.values(p).join());
const arr = new Proxy([1, 2, 3], { get: (t, k, r) => k === 'length' ? t.length : typeof k === 'string' && /^\d+$/.test(k) ? t[k] * 2 : Reflect.get(t, k, r) });
console.log(arr.map(x => x).join(), [...arr].join(), Array.from(arr).join(), arr.length, Array.isArray(arr), JSON.stringify(arr));
const pushLog = [];
const watched = new Proxy([], { set(t, k, v, r) { pushLog.push(String(k) + '=' + v); return Reflect.set(t, k, v, r); } });
watched.push('x', 'y');
watched.length = 1;
console.log(pushLog.join(' '), watched.length);
