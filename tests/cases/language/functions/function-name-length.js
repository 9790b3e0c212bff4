// The length and name properties of functions.
function three(a, b, c) {}
var anon = function () {};
var named = function realName(x) {};
console.log(three.length, anon.length, named.length);
console.log(three.name, anon.name, named.name);
console.log((function () {}).name === "", (function (a, b) {}).length);
var o = { m: function () {}, n: function inner() {} };
console.log(o.m.name, o.n.name);
console.log(Math.max.length, Math.max.name, [].push.length, Function.prototype.name === "");
var bound = three.bind(null, 1);
console.log(bound.length, bound.name);
console.log(three.bind(null, 1, 2, 3, 4).length);
three.length = 10;
console.log(three.length);
console.log(anon.hasOwnProperty("length"), anon.hasOwnProperty("name"), anon.hasOwnProperty("prototype"));
console.log(new Function("a", "b", "return a").length, new Function("a, b", "c", "return a").length);
