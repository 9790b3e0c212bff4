// Functions called through a with scope get the object as this.
var o = {
  name: "withObj",
  who: function () { return this === o ? "o" : typeof this; },
  inner: { name: "inner", who: function () { return this.name; } }
};
with (o) {
  console.log(who(), inner.who(), name);
  var f = who;
}
console.log(f() === "o" ? "o" : "not o");
function outer() {
  with ({ x: "from object" }) {
    return function () { return x; };
  }
}
console.log(outer()());
var scope = { v: 1 };
with (scope) {
  v++;
  v += 10;
}
console.log(scope.v);
