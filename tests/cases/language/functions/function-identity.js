// Each evaluation of a function expression creates a distinct function object.
function make() { return function () {}; }
console.log(make() === make(), make === make);
var list = [];
for (var i = 0; i < 2; i++) list.push(function () { return i; });
console.log(list[0] === list[1], list[0]() === list[1]());
function decl() {}
var ref1 = decl, ref2 = decl;
console.log(ref1 === ref2);
var bound1 = decl.bind(null), bound2 = decl.bind(null);
console.log(bound1 === bound2, bound1 === decl);
var o = { m: function () {} };
var p = Object.create(o);
console.log(p.m === o.m);
function Ctor() { this.method = function () {}; }
Ctor.prototype.shared = function () {};
var a = new Ctor(), b = new Ctor();
console.log(a.method === b.method, a.shared === b.shared);
