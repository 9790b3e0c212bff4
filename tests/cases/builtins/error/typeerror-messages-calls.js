// V8's TypeError messages for calling non-functions.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
var obj = { notFn: 5, nested: { deep: "str" } };
console.log(msg(function () { obj.notFn(); }));
console.log(msg(function () { obj.nested.deep(); }));
console.log(msg(function () { obj.missing(); }));
console.log(msg(function () { var x = 1; x(); }));
console.log(msg(function () { undefined(); }));
console.log(msg(function () { new obj.notFn(); }));
console.log(msg(function () { new Math.max(); }));
console.log(msg(function () { new (function () {}.bind())(); }));
console.log(msg(function () { [].forEach(5); }));
console.log(msg(function () { [1].map(); }));
console.log(msg(function () { new Promise(3); }));
