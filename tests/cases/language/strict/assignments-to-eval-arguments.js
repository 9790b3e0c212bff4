// In sloppy code eval and arguments are ordinary names; strict code rejects binding them.
function sloppy() {
  var eval = function () { return "shadowed eval"; };
  return eval("1 + 1");
}
console.log(sloppy());
function sloppyArgs() {
  arguments = "replaced";
  return arguments;
}
console.log(sloppyArgs(1, 2));
var errors = [];
["eval = 1", "arguments = 1", "var eval", "function arguments() {}", "(function eval() {})"].forEach(function (src) {
  try { Function("'use strict'; " + src); errors.push("ok"); } catch (e) { errors.push(e.name); }
});
console.log(errors.join(" "));
