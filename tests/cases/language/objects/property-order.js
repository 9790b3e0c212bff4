// Own property order: integer-like keys ascending, then strings in creation order.
var o = { z: 1, 100: 1, a: 1, 2: 1, "10": 1, "-5": 1, m: 1, "007": 1 };
console.log(Object.keys(o).join(" "));
o.b = 1;
o[1] = 1;
delete o.a;
o.a = 1;
console.log(Object.keys(o).join(" "));
console.log(Object.getOwnPropertyNames(o).join(" "));
console.log(JSON.stringify(o));
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(" "));
var big = {};
big["4294967295"] = 1;
big["4294967294"] = 1;
big["9007199254740993"] = 1;
big["1"] = 1;
console.log(Object.keys(big).join(" "));
