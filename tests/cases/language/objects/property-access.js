// Dot and bracket access, computed keys, and reading missing properties.
var o = { name: "o", "with space": 1, "123": "digits", nested: { k: "v" } };
var key = "name";
console.log(o.name, o[key], o["with space"], o[123], o["12" + "3"]);
console.log(o.missing, o.nested.k, o["nested"]["k"]);
var k2 = { toString: function () { return "name"; } };
console.log(o[k2]);
console.log(o[["name"]], o[[123]]);
o[true] = "bool key";
o[null] = "null key";
o[undefined] = "undefined key";
console.log(o["true"], o["null"], o["undefined"], o[void 0]);
try { o.missing.deeper; } catch (e) { console.log(e.name); }
var counter = 0;
var obj2 = {};
obj2[counter++] = obj2[counter++] = "x";
console.log(Object.keys(obj2).join(","), counter);
