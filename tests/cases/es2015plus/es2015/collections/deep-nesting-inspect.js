const deep = new Map([['l1', new Map([['l2', new Map([['l3', new Map([['l4', 1]])]])]])]]);
console.log(deep);
const sets = new Set([new Set([new Set([new Set([1])])])]);
console.log(sets);
console.log({ a: { b: { c: new Map([[1, 2]]) } } });
console.log({ a: { b: { c: { d: new Set([1]) } } } });
