const m = new Map();
for (let i = 0; i < 64; i++) m.set(i, String(i));
for (let i = 0; i < 64; i++) if (i % 3 !== 0) m.delete(i);
console.log([...m.keys()].join(','));
for (let i = 100; i < 110; i++) m.set(i, 'x');
console.log(m.size, [...m.keys()].slice(-12).join(','));
