// Names introduced by sloppy direct eval are visible to closures created afterwards.
function f() {
  var getters = [];
  getters.push(function () { return typeof dynamic; });
  eval("var dynamic = 'created by eval'");
  getters.push(function () { return dynamic; });
  return getters[0]() + " / " + getters[1]();
}
console.log(f());
function shadowEval() {
  var name = "outer";
  function inner() {
    eval("var name = 'inner eval'");
    return name;
  }
  return inner() + " / " + name;
}
console.log(shadowEval());
