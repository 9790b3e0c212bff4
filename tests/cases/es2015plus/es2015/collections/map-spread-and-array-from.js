const m = new Map([['a', 1], ['b', 2]]);
console.log([...m], [...m.keys()], [...m.values()], [...m.entries()]);
console.log(Array.from(m), Array.from(m.values(), v => v * 2));
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries);
const [[k1, v1], second] = m;
console.log(k1, v1, second);
for (const [key, value] of m) console.log(`${key}=${value}`);
