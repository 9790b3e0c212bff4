// A non-enumerable own property hides an enumerable inherited one of the same name.
var proto = { a: 1, b: 2, c: 3 };
var o = Object.create(proto);
Object.defineProperty(o, "b", { value: "own hidden", enumerable: false });
o.c = "own visible";
o.d = 4;
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(","));
console.log(Object.keys(o).join(","), o.b, o.propertyIsEnumerable("b"));
var levels = Object.create(Object.create({ deep: 1, shared: "deep" }));
Object.getPrototypeOf(levels).middle = 2;
Object.getPrototypeOf(levels).shared = "middle";
levels.top = 3;
keys = [];
for (k in levels) keys.push(k + "=" + levels[k]);
console.log(keys.join(" "));
