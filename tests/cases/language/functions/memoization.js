// Memoising functions with closures and function properties.
function memoize(fn) {
  var cache = {};
  var hits = 0;
  var wrapped = function (n) {
    if (cache.hasOwnProperty(n)) { hits++; return cache[n]; }
    return (cache[n] = fn(n));
  };
  wrapped.hits = function () { return hits; };
  return wrapped;
}
var calls = 0;
var slowSquare = function (n) { calls++; return n * n; };
var fast = memoize(slowSquare);
console.log(fast(4), fast(4), fast(5), fast(4), calls, fast.hits());
var fib = memoize(function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); });
console.log(fib(60), fib.hits());
