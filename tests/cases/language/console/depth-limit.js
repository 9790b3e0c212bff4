// Objects nested deeper than two levels print as [Object] and [Array].
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log([[[[1]]]]);
console.log([[[{}]]], [[[[]]]]);
console.log({ l1: { l2: { l3: {} } } });
var o = { level: 1, child: { level: 2, child: { level: 3, child: { level: 4 } } } };
console.log(o);
console.log(o.child);
console.log([{ a: [{ b: 1 }] }]);
