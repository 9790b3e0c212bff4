// Inner functions have their own arguments and this; capture them in variables to share.
function outer() {
  var outerArgs = arguments;
  var self = this;
  function inner() {
    return [arguments.length, outerArgs.length, outerArgs[0], self === obj].join(",");
  }
  return inner("x", "y", "z");
}
var obj = { outer: outer };
console.log(obj.outer("first"));
function sumLater() {
  var args = Array.prototype.slice.call(arguments);
  return function () { return args.reduce(function (a, b) { return a + b; }, 0); };
}
console.log(sumLater(1, 2, 3)());
function lastArg() {
  var a = arguments;
  return function () { return a[a.length - 1]; };
}
console.log(lastArg("p", "q")());
