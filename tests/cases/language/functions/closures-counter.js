// Closures keep their own copy of the enclosing variables per call.
function makeCounter(start) {
  var count = start;
  return {
    inc: function () { return ++count; },
    dec: function () { return --count; },
    get: function () { return count; }
  };
}
var a = makeCounter(0), b = makeCounter(100);
a.inc(); a.inc(); b.dec();
console.log(a.get(), b.get());
function adder(x) { return function (y) { return x + y; }; }
var add5 = adder(5);
console.log(add5(1), adder(10)(20), add5(add5(0)));
function once(fn) {
  var done = false, result;
  return function () {
    if (!done) { done = true; result = fn.apply(this, arguments); }
    return result;
  };
}
var calls = 0;
var init = once(function (v) { calls++; return v * 2; });
console.log(init(21), init(99), calls);
