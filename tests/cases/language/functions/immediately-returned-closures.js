// Functions returning functions that return functions, called in one expression.
function add(a) { return function (b) { return function (c) { return a + b + c; }; }; }
console.log(add(1)(2)(3), add("a")("b")("c"));
var counterPair = (function () {
  var n = 0;
  return [function () { return ++n; }, function () { return --n; }];
})();
console.log(counterPair[0](), counterPair[0](), counterPair[1]());
function chain(value) {
  return {
    map: function (f) { return chain(f(value)); },
    get: function () { return value; }
  };
}
console.log(chain(3).map(function (x) { return x * 2; }).map(String).map(function (s) { return s + "!"; }).get());
function pipeline() {
  var fns = arguments;
  return function (x) { for (var i = 0; i < fns.length; i++) x = fns[i](x); return x; };
}
console.log(pipeline(Math.abs, Math.sqrt, function (x) { return x + 1; })(-16));
