// In sloppy mode a plain call gets the global object as this; primitives are boxed.
var g = (function () { return this; })();
console.log(typeof g, g === Function("return this")());
function f() { return this; }
console.log(f() === g);
var o = { m: f };
var detached = o.m;
console.log(detached() === g, o.m() === o);
console.log((0, o.m)() === g, (o.m = o.m)() === g);
function kind() { return typeof this; }
console.log(kind.call(5), kind.call("s"), kind.call(true), kind.call(null), kind.call(undefined));
console.log(kind.call(5) === "object", f.call(5) instanceof Number);
console.log(f.call(null) === g, f.apply(undefined) === g);
