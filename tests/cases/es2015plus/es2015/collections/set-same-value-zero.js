const s = new Set([NaN, NaN, 0, -0, +0, '0', undefined, null, undefined]);
console.log(s.size, [...s]);
console.log(s.has(-0), s.has(0 / 0), Object.is([...s][1], -0));
const o = {};
s.add(o).add(o).add({});
console.log(s.size);
