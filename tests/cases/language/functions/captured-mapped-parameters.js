function makeFunction(f) {
  var args = Array.prototype.slice.call(arguments, 1);
  return function() {
    return f.apply(this, args);
  };
}
console.log(makeFunction(function (a, b) { return a + b; }, 1, 2)());
function outer(x) { arguments.length; return function () { return x; }; }
console.log(outer(5)());
function outer2(x) { var a = arguments; return function () { x = 7; return a[0]; }; }
console.log(outer2(5)());
function counter(n) { arguments[0] = 10; return function () { return n++; }; }
var c = counter(1);
console.log(c(), c());
function setsViaArguments(v) { var get = function () { return v; }; arguments[0] = 'changed'; return get(); }
console.log(setsViaArguments('orig'));
