// console.table with a properties filter.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }], ['a']);
console.table({ r1: { x: 1, y: 2 }, r2: { x: 3, z: 4 } }, ['x', 'z']);
