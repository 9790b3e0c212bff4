const m = new Map([['x', 1], ['y', 2], ['z', 3]]);
m.set('x', 10);
console.log([...m]);
m.delete('x');
m.set('x', 100);
console.log([...m.keys()]);
const n = new Map();
for (const k of [5, 3, 'b', 1, 'a', 2]) n.set(k, k);
console.log([...n.keys()]);
