const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
const union = new Set([...a, ...b]);
const intersection = new Set([...a].filter(x => b.has(x)));
const difference = new Set([...a].filter(x => !b.has(x)));
console.log(union, intersection, difference);
console.log(typeof Set.prototype.union, typeof Map.groupBy, typeof Object.groupBy);
