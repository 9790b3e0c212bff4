// Variables inside functions are invisible outside; each call gets fresh locals.
function counter() { var n = 0; n++; return n; }
console.log(counter(), counter(), counter());
function f() { var secret = "hidden"; return typeof secret; }
console.log(f(), typeof secret);
function rec(depth) {
  var local = depth;
  if (depth < 3) rec(depth + 1);
  return local;
}
console.log(rec(0));
var results = [];
function outer(tag) {
  var state = tag;
  return function () { return state; };
}
var x1 = outer("one"), x2 = outer("two");
console.log(x1(), x2(), x1());
(function () { var iifeLocal = 1; })();
console.log(typeof iifeLocal);
