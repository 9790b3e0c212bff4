// Closures from the same scope share variables; later writes are visible to all.
function pair() {
  var value = 0;
  function set(v) { value = v; }
  function get() { return value; }
  return [set, get];
}
var p = pair();
p[0](42);
console.log(p[1]());
var fns = [];
function build() {
  var x = 1;
  fns.push(function () { return x; });
  x = 2;
  fns.push(function () { return x; });
  x = 3;
}
build();
console.log(fns[0](), fns[1]());
function outer() {
  var depth = "outer";
  return function middle() {
    var mid = "middle";
    return function inner() { return depth + ">" + mid; };
  };
}
console.log(outer()()());
