// console.log of arrays: spacing, nested arrays, holes and extra properties.
console.log([1, 2, 3]);
console.log([]);
console.log([[1, 2], [3, [4, [5, [6]]]]]);
console.log([1, , 3]);
console.log([, , 1, , , ]);
console.log(new Array(5));
var withProps = [1, 2];
withProps.extra = "x";
console.log(withProps);
console.log([undefined, null, NaN, -0, 0, Infinity]);
console.log([true, false]);
