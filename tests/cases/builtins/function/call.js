// call invokes with an explicit this and argument list; sloppy functions box primitives.
function show() { return typeof this + ":" + Array.prototype.join.call(arguments, ","); }
console.log(show.call({}, 1, 2), show.call(5), show.call("s", "a"));
function sloppyThis() { return this; }
console.log(sloppyThis.call(null) === globalThis, sloppyThis.call(undefined) === globalThis);
function strictThis() { "use strict"; return this; }
console.log(strictThis.call(null), strictThis.call(undefined), typeof strictThis.call(7));
console.log(Function.prototype.call.length, Function.prototype.call.name);
// V8 names the call site in this message, so only the error type is printed.
try { Function.prototype.call.call({}); } catch (e) { console.log(e.name); }
console.log(Math.max.call(null, 3, 9, 4), Array.prototype.slice.call("abc").length);
