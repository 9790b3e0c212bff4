// Functions as arguments and results: compose, curry and array callbacks.
function compose(f, g) { return function (x) { return f(g(x)); }; }
function inc(x) { return x + 1; }
function dbl(x) { return x * 2; }
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function curry3(f) { return function (a) { return function (b) { return function (c) { return f(a, b, c); }; }; }; }
console.log(curry3(function (a, b, c) { return a + b * c; })(1)(2)(3));
var nums = [1, 2, 3, 4, 5, 6];
console.log(nums.map(dbl).join(","), nums.filter(function (n) { return n % 2; }).join(","));
console.log(nums.reduce(function (a, b) { return a + b; }), nums.reduce(function (a, b) { return a + b; }, "s"));
console.log(nums.some(function (n) { return n > 5; }), nums.every(function (n) { return n > 0; }));
var seen = [];
nums.forEach(function (v, i, arr) { if (i < 2) seen.push(v + "@" + i + "/" + arr.length); });
console.log(seen.join(" "));
console.log(nums.map(function () { return this.k; }, { k: "ctx" })[0]);
