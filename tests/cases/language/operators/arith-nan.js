// NaN propagates through arithmetic and is unequal to everything, itself included.
var n = NaN;
console.log(n + 1, n * 0, n - n, n / n);
console.log(0 / 0);
console.log(Infinity - Infinity);
console.log(Infinity * 0);
console.log(n === n, n == n, n != n, n !== n);
console.log(n < 1, n > 1, n <= n, n >= n);
console.log(isNaN(n), isNaN("abc"), isNaN("12"));
console.log(undefined + 1);
console.log("abc" * 2);
console.log(typeof NaN);
console.log(Math.max(1, NaN), Math.min(NaN, 1));
