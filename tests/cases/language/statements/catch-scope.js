// The catch parameter shadows outer names only inside the catch block; vars declared there are function-scoped.
var e = "outer";
function f() {
  try {
    throw "thrown";
  } catch (e) {
    var e = "assigned in catch";
    var declaredInCatch = "hoisted";
    console.log("inside", e);
  }
  console.log("after", e, declaredInCatch);
}
f();
console.log("global", e);
try { throw 1; } catch (err) {
  var fns = function () { return err; };
}
console.log(fns());
console.log(typeof err);
try { throw 2; } catch (x) { (function () { x = "closure write"; })(); console.log(x); }
