// console.table of an array of objects.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([{ name: 'apple', price: 1.5 }, { name: 'kiwi' }, { price: 3 }]);
