// typeof is "function" for every callable: declarations, bound, built-ins, constructors.
function decl() {}
var expr = function () {};
var named = function inner() {};
console.log(typeof decl, typeof expr, typeof named);
console.log(typeof decl.bind(null), typeof Function.prototype);
console.log(typeof Array, typeof Array.isArray, typeof [].push);
console.log(typeof String.prototype.charAt, typeof parseInt, typeof eval);
console.log(typeof Error, typeof RegExp, typeof Date);
console.log(typeof new Function(), typeof Function("return 1"));
console.log(typeof decl.prototype, typeof Math.max.prototype);
console.log(typeof Object.prototype.toString.call);
console.log(typeof (function () { return arguments.callee; })());
