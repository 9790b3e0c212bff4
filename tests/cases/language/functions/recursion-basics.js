// Direct and mutual recursion.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(0), fib(1), fib(10), fib(20));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(7), isEven(7));
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9));
function power(b, e) { return e === 0 ? 1 : e % 2 ? b * power(b, e - 1) : power(b * b, e / 2); }
console.log(power(2, 10), power(3, 5));
function flatten(a) {
  var out = [];
  for (var i = 0; i < a.length; i++) out = out.concat(a[i] instanceof Array ? flatten(a[i]) : [a[i]]);
  return out;
}
console.log(flatten([1, [2, [3, [4]], 5]]).join(","));
