// name is inferred from declarations, assignments, methods, getters and symbols.
function decl() {}
var anon = function () {};
var arrow = () => {};
var named = function inner() {};
var o = { m() {}, get g() { return 1; }, set g(v) {}, ["c" + 1]: function () {}, [Symbol("sy")]: () => {}, [Symbol()]: function () {} };
var syms = Object.getOwnPropertySymbols(o);
var gd = Object.getOwnPropertyDescriptor(o, "g");
console.log(decl.name, anon.name, arrow.name, named.name, o.m.name, gd.get.name, gd.set.name, o.c1.name);
console.log(JSON.stringify(o[syms[0]].name), JSON.stringify(o[syms[1]].name));
class Cls { static st() {} #p() {} }
console.log(Cls.name, Cls.st.name, (class {}).name === "", new Function("").name);
var d = Object.getOwnPropertyDescriptor(decl, "name");
console.log(d.writable, d.enumerable, d.configurable);
var later;
later = function () {};
console.log(later.name, (function () {}).name === "", [function () {}][0].name === "");
