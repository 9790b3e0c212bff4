(function next(n) { if (n) return console.log('done'); [1].forEach(() => next(1)); })();
var f = function fact(n) { return n <= 1 ? 1 : n * [n - 1].map(function (m) { return fact(m); })[0]; };
console.log(f(5));
