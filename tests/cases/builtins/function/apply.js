// apply spreads an array or array-like as the arguments.
function count() { return arguments.length + ":" + Array.prototype.join.call(arguments, ","); }
console.log(count.apply(null, [1, 2, 3]), count.apply(null), count.apply(null, null), count.apply(null, undefined));
console.log(count.apply(null, { length: 2, 0: "a" }), count.apply(null, "xy".split("")));
console.log(Math.max.apply(null, [1, 5, 2]), Math.min.apply(Math, []), String.fromCharCode.apply(null, [104, 105]));
try { count.apply(null, 1); } catch (e) { console.log(e.name, e.message); }
try { count.apply(null, "ab"); } catch (e) { console.log(e.name, e.message); }
function strictThis() { "use strict"; return this; }
console.log(strictThis.apply("p"), Function.prototype.apply.length);
(function () { console.log(count.apply(null, arguments)); })(7, 8);
// V8 names the call site in this message, so only the error type is printed.
try { Function.prototype.apply.call(1); } catch (e) { console.log(e.name); }
