// console.log of functions: names, anonymous functions and functions with properties.
function named() {}
var anon = function () {};
var expr = function inner() {};
console.log(named);
console.log(anon);
console.log(expr);
console.log(function () {});
console.log([named, function () {}]);
console.log({ method: function () {}, named: named });
named.prop = 1;
console.log(named);
console.log(Math.max);
console.log(named.bind(null));
