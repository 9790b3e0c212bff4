// Object.prototype.toString reports the built-in class of a value.
var ts = Object.prototype.toString;
console.log(ts.call({}), ts.call([]), ts.call(function () {}));
console.log(ts.call(null), ts.call(undefined), ts.call(1), ts.call("s"), ts.call(true));
console.log(ts.call(new Date(0)), ts.call(/x/), ts.call(new Error()), ts.call(Math), ts.call(JSON));
console.log(ts.call((function () { return arguments; })()));
function Custom() {}
console.log(ts.call(new Custom()), String(new Custom()), new Custom() + "");
var o = { toString: function () { return "custom"; } };
console.log(String(o), ts.call(o));
console.log({}.toString(), [1, [2, 3]].toString(), (function f() {}).toString === Function.prototype.toString);
