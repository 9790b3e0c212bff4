// Math functions convert every argument with ToNumber, once each and in order.
var log = [];
function v(name, n) { return { valueOf: function () { log.push(name); return n; } }; }
console.log(Math.atan2(v("y", 1), v("x", 1)), log.join(""));
log = [];
console.log(Math.hypot(v("a", 3), v("b", 4), v("c", NaN)), log.join(""));
log = [];
console.log(Math.pow(v("b", 2), v("e", 8)), log.join(""));
log = [];
console.log(Math.min(v("a", 2), v("b", 1)), log.join(""));
log = [];
console.log(Math.imul(v("a", 3), v("b", 4)), log.join(""));
try { Math.abs(Symbol()); } catch (e) { console.log(e.name + ": " + e.message); }
try { Math.max(1, { valueOf: function () { throw new Error("boom"); } }); } catch (e) { console.log(e.message); }
console.log(Math.floor("  -1.5  "), Math.ceil(new Date(1500)), Math.abs([["-9"]]));
