// A var declared by sloppy direct eval shadows outer bindings for the rest of the function,
// for reads, writes, compound assignment and closures created later; strict eval keeps its own.
function outer() {
  var v = "outer v";
  function inner(flag) {
    if (flag) eval("var v = 'eval v'");
    v += "!";
    var read = function () { return v; };
    return read();
  }
  return [inner(true), v, inner(false), v].join(" | ");
}
console.log(outer());
function strictInner() {
  var w = "outer w";
  function inner() {
    "use strict";
    eval("var w = 'strict eval w'");
    return w;
  }
  return inner() + " | " + w;
}
console.log(strictInner());
function params(a, b) {
  eval("a = 'A'; arguments[1] = 'B'");
  return [a, b, arguments[0], arguments[1]].join(",");
}
console.log(params(1, 2));
function deleteEvalVar() {
  var x = "outer x";
  return (function () {
    eval("var x = 'eval x'");
    var before = x;
    return before + " / " + typeof x;
  })() + " / " + x;
}
console.log(deleteEvalVar());
