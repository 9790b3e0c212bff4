// Closures created in a loop with var share one binding; an IIFE gives each its own.
var fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
console.log(fns[0](), fns[1](), fns[2]());
var fixed = [];
for (var j = 0; j < 3; j++) {
  fixed.push((function (k) { return function () { return k; }; })(j));
}
console.log(fixed[0](), fixed[1](), fixed[2]());
var viaForIn = [];
for (var key in { a: 1, b: 2 }) viaForIn.push(function () { return key; });
console.log(viaForIn[0](), viaForIn[1]());
var bound = [];
for (var n = 0; n < 3; n++) bound.push(function (x) { return x * 10; }.bind(null, n));
console.log(bound[0](), bound[2]());
