const m = new Map([['a', 1]]);
const r = m.entries().next();
console.log(r, Object.keys(r), Array.isArray(r.value));
const e1 = m.entries().next().value, e2 = m.entries().next().value;
console.log(e1 === e2, e1);
const s = new Set(['v']);
console.log(s.values().next(), s.entries().next().value);
