// A named function expression's name is bound inside it and read-only.
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5), typeof f);
var g = function self() { self = 1; return typeof self; };
console.log(g());
var h = function self2() { "use strict"; try { self2 = 1; } catch (e) { return e.name + ": " + e.message; } };
console.log(h());
var fib = function fibo(n) { var fibo2 = fibo; return n < 2 ? n : fibo2(n - 1) + fibo2(n - 2); };
console.log(fib(10));
