// Functions are objects: they carry properties and close over their environment.
function counter() { var n = 0; function inc() { return ++n; } inc.reset = function () { n = 0; }; return inc; }
var c = counter();
c(); c();
console.log(c(), (c.reset(), c()));
var fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
console.log(fns.map(function (f) { return f(); }).join(","));
var lets = [];
for (let j = 0; j < 3; j++) lets.push(() => j);
console.log(lets.map(function (f) { return f(); }).join(","));
function f() {}
f.custom = 1;
console.log(f.custom, Object.keys(f).join(","), typeof f, f instanceof Object);
