const m = new Map();
for (let i = 0; i < 100000; i++) m.set('k' + i, i);
let sum = 0;
for (let i = 0; i < 100000; i += 2) m.delete('k' + i);
for (const v of m.values()) sum += v;
console.log(m.size, sum, m.get('k99999'), m.get('k0'));
for (let i = 0; i < 100000; i += 2) m.set('k' + i, -i);
console.log(m.size, [...m.keys()].slice(49998, 50002));
