// includes, startsWith and endsWith with positions, and their TypeError on RegExp.
var s = "To be, or not to be";
console.log(s.includes("be"), s.includes("be", 18), s.includes(""), s.includes("TO"));
console.log(s.startsWith("To"), s.startsWith("be", 3), s.startsWith("be", -5), s.startsWith(""));
console.log(s.endsWith("be"), s.endsWith("To", 2), s.endsWith("be", 99), s.endsWith("o", 0));
console.log("undefined".includes(), "null".startsWith(null), "12".endsWith(2));
try { s.includes(/be/); } catch (e) { console.log(e.name, e.message); }
try { s.startsWith(/To/); } catch (e) { console.log(e.name, e.message); }
var re = /be/;
re[Symbol.match] = false;
console.log("/be/".startsWith(re), "/be/".endsWith(re));
console.log(String.prototype.includes.length, String.prototype.startsWith.length, String.prototype.endsWith.length);
