// Miscellaneous TypeErrors: new on non-constructors, in on primitives, bad instanceof targets.
function check(label, f) {
  try { f(); console.log(label, "ok"); } catch (e) { console.log(label, e.name, e instanceof TypeError); }
}
check("new Math.floor", function () { return new Math.floor(1); });
check("new number", function () { var n = 1; return new n(); });
check("in number", function () { return "x" in 5; });
check("instanceof object", function () { return {} instanceof {}; });
check("call undefined method", function () { return [].notAMethod(); });
check("Object.defineProperty on string", function () { return Object.defineProperty("s", "x", {}); });
check("null prototype toString", function () { return "" + Object.create(null); });
check("Function.prototype.call on object", function () { return Function.prototype.call.call({}); });
check("bind on object", function () { return Function.prototype.bind.call({}); });
check("apply with bad array", function () { return Math.max.apply(null, 1); });
