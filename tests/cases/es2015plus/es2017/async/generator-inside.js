// A sync generator used inside an async function.
function* nums() { yield 1; yield 2; yield 3; }
async function f() { var s = 0; for (var n of nums()) s += await n; return s; }
f().then(function (v) { console.log(v); });
