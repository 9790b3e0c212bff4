// Overflows through array callbacks and sort comparators propagate as RangeError.
function viaForEach() { [1].forEach(viaForEach); }
try { viaForEach(); } catch (e) { console.log("forEach:", e instanceof RangeError); }
function viaMap() { return [1].map(viaMap); }
try { viaMap(); } catch (e) { console.log("map:", e instanceof RangeError); }
function viaReduce() { return [1, 2].reduce(viaReduce); }
try { viaReduce(); } catch (e) { console.log("reduce:", e instanceof RangeError); }
var deepValueOf = { valueOf: function () { return deepValueOf + 1; } };
try { deepValueOf * 2; } catch (e) { console.log("valueOf:", e instanceof RangeError, e.message); }
console.log([3, 1, 2].sort(function (a, b) { return a - b; }).join(","));
