// Strict functions see this as given: undefined for plain calls, primitives unboxed.
"use strict";
function who() { return this === undefined ? "undefined" : typeof this; }
console.log(who(), who.call(null), who.call(1), who.apply("s"), who.bind(true)());
var o = { who: who };
console.log(o.who(), (0, o.who)());
[1].forEach(function () { console.log("forEach callback", this); });
[1].forEach(function () { console.log("with thisArg", this); }, "ctx");
console.log(typeof (function () { return this; })(), (function () { return this; }).call(undefined));
function Ctor() { this.made = true; }
console.log(new Ctor().made);
try { Ctor(); } catch (e) { console.log(e.name, e instanceof TypeError); }
