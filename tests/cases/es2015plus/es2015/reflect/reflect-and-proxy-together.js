// Reflect inside Proxy traps keeps default semantics (receivers, accessors, arrays) while adding behaviour.
const readOnly = obj => new Proxy(obj, {
  set: (t, k) => { throw new TypeError(`cannot set ${String(k)}: read-only view`); },
  deleteProperty: (t, k) => { throw new TypeError(`cannot delete ${String(k)}: read-only view`); },
  get: (t, k, r) => { const v = Reflect.get(t, k, r); return v && typeof v === 'object' ? readOnly(v) : v; },
});
const data = readOnly({ list: [1, 2], get total() { return this.list.length; } });
console.log(data.total, data.list.length, data.list.map(x => x * 2).join(), Array.isArray(data.list));
for (const attempt of [() => { data.x = 1; }, () => { data.list.push(3); }, () => { delete data.list; }]) {
  try { attempt(); } catch (e) { console.log(e.message); }
}
console.log(JSON.stringify(data), Reflect.ownKeys(data).join());
