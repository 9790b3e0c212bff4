// JSON.stringify and JSON.parse on objects: key order, skipped values and nesting.
var o = { b: 1, a: [1, "two", null, true], c: { d: undefined, e: function () {}, f: NaN } };
o[2] = "num";
console.log(JSON.stringify(o));
console.log(JSON.stringify([undefined, function () {}, Infinity]));
console.log(JSON.stringify(o, null, 2));
console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ["c", "a"]));
console.log(JSON.stringify({ a: 1, b: "x" }, function (k, v) { return typeof v === "number" ? v * 10 : v; }));
var parsed = JSON.parse('{"z":1,"1":2,"a":{"b":[1,2]}}');
console.log(Object.keys(parsed).join(","), parsed.a.b[1]);
console.log(JSON.stringify({ toJSON: function () { return "custom"; } }));
console.log(JSON.stringify("s"), JSON.stringify(null), JSON.stringify(undefined));
