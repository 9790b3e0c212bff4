// Symbols as property keys on functions, descriptions and wrappers.
var s = Symbol("meta");
function f() {}
f[s] = "on function";
console.log(f[s], Object.getOwnPropertySymbols(f).length);
var w = Object(s);
console.log(typeof w, w instanceof Symbol, w.description, w.toString(), w == s, w === s);
var o = {};
o[w] = "via wrapper";
console.log(o[s]);
console.log(Symbol("a b").description.length, Symbol("\u00e9").description === "\u00e9");
console.log([Symbol("x"), Symbol("y")].map(function (x) { return x.description; }).join(""));
