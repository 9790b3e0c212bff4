// Closures resolve names through every enclosing scope up to the module scope.
var level0 = "L0";
function one() {
  var level1 = "L1";
  return function two() {
    var level2 = "L2";
    return function three() {
      var level3 = "L3";
      return function four() {
        return [level0, level1, level2, level3].join(">");
      };
    };
  };
}
var deepest = one()()();
console.log(deepest());
level0 = "L0 changed";
console.log(deepest());
function counterFactory() {
  var count = 0;
  return function () { return function () { return ++count; }; };
}
var makeInc = counterFactory();
var inc1 = makeInc(), inc2 = makeInc();
console.log(inc1(), inc2(), inc1());
