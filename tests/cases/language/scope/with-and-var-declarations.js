// var inside with is hoisted to the function, but its initializer writes through the with object.
function f() {
  var obj = { x: "object x" };
  with (obj) {
    var x = "assigned";
    var y = "only var";
  }
  return [obj.x, typeof x, String(x), y, "y" in obj].join(" | ");
}
console.log(f());
function g() {
  var scope = {};
  with (scope) {
    var z = "z value";
  }
  return [z, "z" in scope].join(" ");
}
console.log(g());
