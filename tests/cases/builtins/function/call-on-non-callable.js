// Calling non-functions throws TypeErrors naming the callee expression.
function t(f) { try { f(); } catch (e) { console.log(e.name + ": " + e.message); } }
var o = { notFn: 1 };
t(function () { o.notFn(); });
t(function () { o.missing(); });
t(function () { var x = 5; x(); });
t(function () { null(); });
t(function () { o["computed"](); });
t(function () { new o.notFn(); });
t(function () { new Math.max(); });
t(function () { [1, 2].map(5); });
