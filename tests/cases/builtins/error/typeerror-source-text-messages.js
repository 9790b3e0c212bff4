// V8 names the offending value by its source text in destructuring and spread errors.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { var a = [...{}]; }));
console.log(msg(function () { var [a] = null; }));
console.log(msg(function () { var { a } = null; }));
console.log(msg(function () { var x; var { b } = x; }));
console.log(msg(function () { var o = {}; var { c } = o.missing; }));
console.log(msg(function () { (function ({ d }) {})(); }));
console.log(msg(function () { Math.max(...null); }));
