const m = new Map([['a', 1]]);
const values = m.values();
m.set('a', 2);
console.log(values.next().value);
const it = m.entries();
m.set('b', 3);
m.delete('a');
console.log([...it]);
