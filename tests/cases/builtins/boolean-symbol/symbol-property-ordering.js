// Symbols follow string keys in own-key order, each group in insertion order.
var s1 = Symbol("1"), s2 = Symbol("2");
var o = {};
o[s2] = 1; o.b = 1; o[s1] = 1; o[3] = 1; o.a = 1;
var names = Object.getOwnPropertyNames(o).join(",");
var syms = Object.getOwnPropertySymbols(o).map(String).join(",");
console.log(names, syms);
var ds = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(ds).join(","), Object.getOwnPropertySymbols(ds).length);
var copy = Object.assign({}, o);
console.log(Object.getOwnPropertySymbols(copy).map(String).join(","));
