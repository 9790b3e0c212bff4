const s = new Set(['x', 'y']);
s.forEach(function (v, k, set) { console.log(v, k, set === s, this.n); }, { n: 7 });
console.log([...s.entries()]);
console.log(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
console.log(s.keys().next(), s.entries().next());
