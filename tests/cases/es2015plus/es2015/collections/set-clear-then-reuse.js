const s = new Set([1, 2, 3]);
const it = s.values();
console.log(it.next().value);
s.clear();
s.add(10).add(20);
console.log(it.next(), it.next(), it.next());
console.log(s.size, [...s]);
