// Objects containing arrays and arrays containing objects with many keys.
console.log({ matrix: [[1, 2], [3, 4]] });
console.log([{ a: 1, b: 2 }, { c: 3 }]);
console.log({ a: [1, 2, 3], b: "str", c: { d: [4] } });
console.log([[{ deep: true }]]);
console.log({ empty: [], emptyObj: {}, nested: [[], {}] });
var big = {};
for (var i = 0; i < 5; i++) big["key" + i] = i * 11;
console.log(big);
console.log([big, [big]]);
