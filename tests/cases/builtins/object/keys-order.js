// Own keys come in order: integer indexes ascending, then strings, then symbols, by insertion.
var o = { b: 1, 2: "two", a: 2, 1: "one", "-1": "neg", "01": "lead" };
o[Symbol("s")] = 3;
o.c = 4;
o[0] = "zero";
o["4294967294"] = "max";
o["4294967295"] = "over";
console.log(Object.keys(o).join(","));
console.log(Object.getOwnPropertyNames(o).length, Object.getOwnPropertySymbols(o).length);
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(","));
delete o.b;
o.b = 5;
console.log(Object.keys(o).slice(-3).join(","));
console.log(JSON.stringify(o).slice(0, 30));
