// The arguments object of sloppy functions aliases parameters; strict ones do not.
function sloppy(a) { arguments[0] = "changed"; return a; }
function strict(a) { "use strict"; arguments[0] = "changed"; return a; }
console.log(sloppy("orig"), strict("orig"));
function reverse(a) { a = "param"; return arguments[0]; }
console.log(reverse("arg"), reverse());
function info() { return arguments.length + " " + typeof arguments + " " + Array.isArray(arguments); }
console.log(info(1, 2, 3), Object.prototype.toString.call((function () { return arguments; })()));
function keys() { return Object.keys(arguments).join(","); }
console.log(keys("a", "b"), (function () { return arguments[Symbol.iterator] === Array.prototype.values; })());
function calleeTest() { return arguments.callee === calleeTest; }
console.log(calleeTest());
try { (function () { "use strict"; return arguments.callee; })(); } catch (e) { console.log(e.name, e.message); }
function withDefaults(a, b = 2) { arguments[0] = 9; return a; }
console.log(withDefaults(1), (function () { return arguments.length; })(undefined, undefined));
