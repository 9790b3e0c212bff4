// JSON.stringify of arrays: holes and non-JSON values become null, extra properties are ignored.
console.log(JSON.stringify([1, , 3]), JSON.stringify(new Array(3)), JSON.stringify([undefined]));
var a = [1, 2];
a.extra = "ignored";
console.log(JSON.stringify(a));
console.log(JSON.stringify([NaN, Infinity, -0, null, function () {}]));
console.log(JSON.stringify([[], [[]], {}, [{}]]));
console.log(JSON.stringify({ length: 2, 0: "a", 1: "b" }));
var args = (function () { return arguments; })(1, 2);
console.log(JSON.stringify(args));
console.log(JSON.stringify(new Int8Array([1, -2])), JSON.stringify(new ArrayBuffer(2)));
var sparse = [];
sparse[5] = "x";
console.log(JSON.stringify(sparse));
