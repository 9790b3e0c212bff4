// padStart and padEnd repeat and cut the filler to reach the target length.
console.log("5".padStart(3, "0"), "5".padEnd(3, "0"), "abc".padStart(2), "abc".padEnd(6, "12"));
console.log(JSON.stringify("x".padStart(4)), JSON.stringify("x".padEnd(4)), "x".padStart(4, ""));
console.log("x".padStart(5, "ab"), "x".padEnd(5, "ab"), "x".padStart(NaN, "z"), "x".padStart(-1));
console.log("1".padStart(3, 0), "1".padEnd("3", null), "1".padStart(2.9, "*"));
console.log(String.prototype.padStart.length, String.prototype.padEnd.length);
try { "x".padStart(Infinity, "a"); } catch (e) { console.log(e.name, e.message); }
