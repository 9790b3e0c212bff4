// Names inside with: closures (also nested two deep) see the object; parameters and locals shadow it; ++ and op= go through it.
var o = { a: 1, b: 10, s: 'x' };
with (o) {
  a++;
  ++a;
  b += 5;
  s += 'y';
  var f = function (b) { return a + b; };
  var g = function () { var a = 'local'; return function () { return a + ':' + s; }; };
  var h = function () { return function () { a *= 2; return a; }; };
}
console.log(o.a, o.b, o.s);
console.log(f(100), g()(), h()(), o.a);
var counter = { n: 0 };
var fns = [];
with (counter) {
  for (var i = 0; i < 3; i++) fns.push(function () { return ++n; });
}
console.log(fns[0](), fns[1](), fns[2](), counter.n);
var missing = {};
var x = 'outer';
with (missing) {
  x += '!';
  var reader = function () { return typeof y + ' ' + x; };
}
console.log(x, reader());
missing.y = 1;
missing.x = 'own';
console.log(reader());
