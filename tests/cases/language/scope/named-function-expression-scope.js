// The name of a function expression lives in its own scope between the outer scope and the body.
var f = function g() { return typeof g; };
console.log(f(), typeof g);
var outerName = "outer";
var h = function outerName() { return typeof outerName; };
console.log(h(), outerName);
var k = function self(n) { var self = n; return self; };
console.log(k(5));
var m = function inner() { inner = "try to reassign"; return typeof inner; };
console.log(m());
var counter = function count(n) { return n ? count(n - 1) + 1 : 0; };
console.log(counter(4));
