const m = new Map([[1, 'a']]);
console.log(m.delete(1), m.delete(1), m.delete(), m.delete(NaN));
const s = new Set([NaN]);
console.log(s.delete(NaN), s.size, s.delete(NaN));
const w = new WeakMap();
console.log(w.delete({}), w.delete(1));
