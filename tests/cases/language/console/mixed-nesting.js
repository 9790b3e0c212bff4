// Mixed arrays and objects at different depths.
console.log([{ a: 1 }, [2, { b: [3] }]]);
console.log({ arr: [{ x: [1, 2] }], obj: { y: { z: [] } } });
console.log([[], {}, [[]], [{}]]);
console.log({ a: [], b: {}, c: [[]] });
console.log([null, [undefined], { u: undefined }]);
console.log([function () {}, { f: function g() {} }]);
console.log({ a: [{ b: { c: 1 } }] });
console.log([[1, [2, [3]]], { x: [[]] }]);
console.log({ fn: function () {}, arr: [function named() {}] });
