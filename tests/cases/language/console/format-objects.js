// Format specifiers applied to objects and arrays.
console.log("obj: %s", { a: 1 });
console.log("arr: %s", [1, 2, 3]);
console.log("json: %j", [1, { b: null }]);
console.log("json undefined: %j", undefined);
var cyclic = {};
cyclic.me = cyclic;
console.log("cyclic: %j", cyclic);
console.log("%s", [[1, [2]], "x"]);
console.log("%d items, %s", 3, true);
console.log("%O", { x: { y: 1 } });
console.log("%s", null, undefined, "rest");
