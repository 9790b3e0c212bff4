// console.table cells are inspected compactly.
console.table([{ obj: { a: 1, b: 2 }, arr: [1, 2, 3, 4], fn: function f() {} }]);
console.table([{ big: { a: 1, b: 2, c: 3 } }]);
