// typeof guards let code test for names that may not exist anywhere in scope.
function maybe(name) {
  switch (name) {
    case "a": return typeof definitelyNotDeclared;
    case "b": return typeof Math;
    case "c": return typeof module;
    default: return typeof this;
  }
}
console.log(maybe("a"), maybe("b"), maybe("c"), maybe("d"));
var existsLater;
console.log(typeof existsLater, typeof neverExists);
function inner() { return typeof outerLocal; }
function outer() { var outerLocal = 1; return inner(); }
console.log(outer());
try { console.log(neverExists); } catch (e) { console.log(e.name); }
console.log(typeof (function () { return arguments; })()[0]);
