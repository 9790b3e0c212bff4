// Error properties are not enumerable, so JSON.stringify and Object.keys see only added ones.
var e = new Error("msg");
console.log(JSON.stringify(e), Object.keys(e).length, Object.entries(e).length);
e.code = "E_CODE";
e.details = { n: 1 };
console.log(JSON.stringify(e), Object.keys(e).join(","));
var copy = Object.assign({}, new TypeError("t"));
console.log(JSON.stringify(copy), "message" in copy);
var spread = Object.assign({}, new Error("s", { cause: 1 }));
console.log(JSON.stringify(spread));
for (var k in new RangeError("r")) console.log("enumerated", k);
console.log(JSON.stringify({ name: e.name, message: e.message }));
