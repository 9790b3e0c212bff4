// Conversions that call user code propagate its exceptions.
var bomb = { valueOf: function () { throw new Error("valueOf"); }, toString: function () { throw new Error("toString"); } };
function attempt(label, f) {
  try { f(); console.log(label, "no error"); } catch (e) { console.log(label, e.message); }
}
attempt("+", function () { return bomb + 1; });
attempt("String", function () { return String(bomb); });
attempt("<", function () { return bomb < 1; });
attempt("==", function () { return bomb == 1; });
attempt("===", function () { return bomb === 1; });
attempt("key", function () { var o = {}; o[bomb] = 1; });
attempt("join", function () { return [bomb].join(); });
attempt("isNaN", function () { return isNaN(bomb); });
attempt("typeof", function () { return typeof bomb; });
attempt("!", function () { return !bomb; });
