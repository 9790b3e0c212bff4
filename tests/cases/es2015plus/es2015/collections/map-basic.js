const m = new Map();
console.log(m.set('a', 1) === m, m.size);
m.set('b', 2).set('c', 3);
console.log(m.get('a'), m.get('b'), m.get('zzz'), m.has('c'), m.has('d'), m.size);
console.log(m.delete('b'), m.delete('b'), m.size, m.has('b'));
m.clear();
console.log(m.size, m.get('a'), m.clear());
