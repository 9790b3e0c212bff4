// The callee is evaluated before the arguments, which are evaluated left to right.
var log = [];
function get(name, value) { log.push(name); return value; }
var target = { fn: function () { log.push("call"); return Array.prototype.join.call(arguments, ""); } };
var result = get("object", target).fn(get("arg1", "a"), get("arg2", "b"));
console.log(result, log.join(" "));
log = [];
var f = function () { log.push("body"); };
get("callee", f)(get("arg", 1));
console.log(log.join(" "));
log = [];
try {
  get("notCallable", null)(get("argument evaluated", 0));
} catch (e) {
  console.log(e.name, log.join(" "));
}
var fnRef = function () { return "original"; };
function changeRef() { fnRef = function () { return "changed"; }; return 0; }
console.log(fnRef(changeRef()), fnRef());
