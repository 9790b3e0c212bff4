const m = new Map();
for (let i = 0; i < 20; i++) m.set('k' + i, i);
for (let i = 0; i < 15; i++) m.delete('k' + i);
for (let i = 20; i < 40; i++) m.set('k' + i, i);
console.log([...m.keys()].join(' '));
console.log(m.get('k17'), m.get('k3'), m.size);
