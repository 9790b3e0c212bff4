// Symbol-keyed properties are skipped by keys, for-in and JSON but seen by Reflect-like APIs.
var s = Symbol("hidden");
var o = { visible: 1 };
o[s] = 2;
var seen = [];
for (var k in o) seen.push(k);
console.log(seen.join(","), Object.keys(o).length, JSON.stringify(o), o[s], s in o);
console.log(Object.getOwnPropertySymbols(o).length, Object.getOwnPropertyNames(o).length);
console.log(o.hasOwnProperty(s), Object.assign({}, o)[s], ({ ...o })[s]);
var computed = { [s]: "lit" };
console.log(computed[s], Object.getOwnPropertyDescriptor(computed, s).enumerable);
delete o[s];
console.log(s in o);
