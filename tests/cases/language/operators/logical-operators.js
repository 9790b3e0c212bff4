// && and || return one of their operands and short-circuit; ! returns a boolean.
console.log(1 && 2, 0 && 2, "" && "x", null && 1);
console.log(1 || 2, 0 || 2, "" || "x", null || undefined);
console.log(!0, !1, !"", !"0", !null, !undefined, !NaN, !{}, ![]);
var calls = 0;
function hit() { calls++; return true; }
false && hit();
true || hit();
true && hit();
false || hit();
console.log(calls);
console.log(0 || "" || null || "last");
console.log(1 && "a" && [] && "end");
console.log((null || 0) && "never");
console.log(!!"false", !!-0, !!new Boolean(false));
var o = null;
console.log(o && o.x, (o || {}).x);
