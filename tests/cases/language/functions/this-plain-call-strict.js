// In strict mode a plain call gets undefined as this, and call/apply pass primitives unboxed.
"use strict";
function f() { return this; }
console.log(f(), typeof f());
var o = { m: f };
var d = o.m;
console.log(d(), o.m() === o, (0, o.m)());
function kind() { return typeof this; }
console.log(kind.call(5), kind.call("s"), kind.call(true), kind.call(null), kind.call(undefined));
console.log(f.call(7) === 7, f.apply("x") === "x");
function outer() { return (function () { return this; })(); }
console.log(outer.call({}));
try { (function () { return this.x; })(); } catch (e) { console.log(e.name); }
