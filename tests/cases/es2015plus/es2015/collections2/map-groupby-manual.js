// Grouping with Map (the pattern Map.groupBy standardises), sorting groups, converting to objects and back.
const people = [{ n: 'Ann', age: 31 }, { n: 'Bob', age: 25 }, { n: 'Cid', age: 35 }, { n: 'Dee', age: 22 }, { n: 'Eve', age: 38 }];
const groups = new Map();
for (const p of people) { const k = `${Math.floor(p.age / 10) * 10}s`; groups.set(k, [...(groups.get(k) ?? []), p.n]); }
console.log(JSON.stringify([...groups]));
const sorted = new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
console.log([...sorted.keys()].join(), JSON.stringify(Object.fromEntries(sorted)));
const back = new Map(Object.entries({ x: 1, y: 2 }));
console.log(back.get('y'), [...back.entries()].flat().join(), typeof Map.groupBy, typeof Object.groupBy);
