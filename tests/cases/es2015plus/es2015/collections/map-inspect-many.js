const m = new Map();
for (let i = 0; i < 120; i++) m.set(i, i * i);
console.log(m);
const s = new Set();
for (let i = 0; i < 105; i++) s.add('v' + i);
console.log(s);
