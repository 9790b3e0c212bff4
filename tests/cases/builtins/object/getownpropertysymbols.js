// getOwnPropertySymbols lists symbol keys in insertion order, enumerable or not.
var a = Symbol("a"), b = Symbol("b"), c = Symbol.for("c");
var o = {};
o[b] = 1; o.str = 2; o[a] = 3;
Object.defineProperty(o, c, { value: 4, enumerable: false });
var syms = Object.getOwnPropertySymbols(o);
console.log(syms.length, syms[0] === b, syms[1] === a, syms[2] === c);
console.log(syms.map(String).join(","), Object.keys(o).join(","));
console.log(Object.getOwnPropertySymbols("x").length, Object.getOwnPropertySymbols([]).length);
console.log(JSON.stringify(o), Object.assign({}, o)[c], Object.assign({}, o)[a]);
