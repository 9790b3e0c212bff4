// Function declarations are hoisted with their bodies; var-assigned expressions are not.
console.log(typeof early, early());
function early() { return "declared later, callable early"; }
console.log(typeof expr);
var expr = function () { return "expr"; };
console.log(expr());
function dup() { return "first"; }
console.log(dup());
function dup() { return "second"; }
var shadow = "var value";
function shadow() {}
console.log(typeof shadow);
function outer() {
  return inner();
  function inner() { return "inner after return"; }
}
console.log(outer());
console.log(typeof notHoisted);
(function notHoisted() {});
