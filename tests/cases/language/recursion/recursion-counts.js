// Counting calls in recursive algorithms with closures.
var calls = 0;
function fib(n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(15), calls);
calls = 0;
function binom(n, k) { calls++; return k === 0 || k === n ? 1 : binom(n - 1, k - 1) + binom(n - 1, k); }
console.log(binom(10, 5), calls);
function collatzDepth(n) { return n === 1 ? 0 : 1 + collatzDepth(n % 2 ? 3 * n + 1 : n / 2); }
var maxDepth = 0, arg = 0;
for (var i = 1; i < 1000; i++) {
  var d = collatzDepth(i);
  if (d > maxDepth) { maxDepth = d; arg = i; }
}
console.log(arg, maxDepth);
function subsets(list) {
  if (!list.length) return [[]];
  var rest = subsets(list.slice(1));
  return rest.concat(rest.map(function (s) { return [list[0]].concat(s); }));
}
console.log(subsets(["a", "b", "c"]).map(function (s) { return s.join("") || "-"; }).join(" "));
