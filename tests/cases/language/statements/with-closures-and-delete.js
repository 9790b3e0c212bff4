// Functions created inside `with` resolve free names through the with-object (also later,
// after the statement ends, and through functions they create); `delete name` inside
// `with` deletes the with-object's property rather than the outer binding.
var shadowed = "outer";
function run() {
  var scope = { shadowed: "from object", count: 1 };
  var getter, setter, maker;
  with (scope) {
    getter = function () { return shadowed + " / " + count; };
    setter = function (v) { count = v; };
    maker = function () { return function () { return shadowed; }; };
  }
  console.log(getter());
  setter(5);
  console.log(scope.count, getter());
  console.log(maker()());
  delete scope.shadowed;
  console.log(getter(), maker()());
  var ctor;
  with (scope) {
    ctor = function () { this.seen = count; };
  }
  console.log(new ctor().seen);
}
run();

function deletes() {
  var target = { p: 1, q: 2 };
  var p = "local p";
  var result;
  with (target) {
    result = delete p;
  }
  console.log(result, "p" in target, p);
  var inner;
  with (target) {
    inner = function () { return delete q; };
  }
  console.log(inner(), "q" in target);
}
deletes();

function throwsThrough() {
  var obj = { value: "object value" };
  var value = "function value";
  var thrower;
  with (obj) {
    thrower = function () { throw value; };
  }
  try { thrower(); } catch (e) { console.log(e); }
  var own = function (value) { with (obj) {} return value; };
  console.log(own("param wins"));
}
throwsThrough();
