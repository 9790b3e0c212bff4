// console.table of primitives and of non-objects.
console.table([1, 'two', true, null]);
console.table({ a: 1, b: 'x' });
console.table('not tabular');
console.table(5);
console.table([[1, 2], [3, 4]]);
