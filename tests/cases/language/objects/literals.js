// Object literals: identifier, string and numeric keys, reserved words, nesting and duplicates.
var o = { a: 1, "b c": 2, 3: "three", 0.5: "half", 1e3: "thousand", if: "reserved", "": "empty" };
console.log(o.a, o["b c"], o[3], o["0.5"], o[1000], o["if"], o.if, o[""]);
console.log(Object.keys(o).join("|"));
var dup = { x: 1, y: 2, x: 3 };
console.log(dup.x, Object.keys(dup).join(","));
var nested = { inner: { deeper: { value: "deep" } }, list: [1, { k: "v" }] };
console.log(nested.inner.deeper.value, nested.list[1].k);
var trailing = { a: 1, b: 2, };
console.log(Object.keys(trailing).length);
var hex = { 0x10: "hex key", 010: "octal key" };
console.log(Object.keys(hex).join(","));
console.log(typeof {}, {} instanceof Object, Object.getPrototypeOf({}) === Object.prototype);
