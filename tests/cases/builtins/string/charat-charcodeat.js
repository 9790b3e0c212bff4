// charAt and charCodeAt convert the position and return "" or NaN out of range.
var s = "abc";
console.log(s.charAt(0), s.charAt(2), s.charAt(3) === "", s.charAt(-1) === "", s.charAt(), s.charAt(1.9));
console.log(s.charAt(NaN), s.charAt("1"), s.charAt(null), s.charAt(Infinity) === "");
console.log(s.charCodeAt(0), s.charCodeAt(3), s.charCodeAt(-1), s.charCodeAt(), s.charCodeAt(true));
console.log("\uD83D\uDE00".charCodeAt(0), "\uD83D\uDE00".charCodeAt(1), "\uD83D\uDE00".charAt(0).length);
console.log(String.prototype.charAt.call(123, 1), String.prototype.charCodeAt.call(true, 0));
try { String.prototype.charAt.call(undefined, 0); } catch (e) { console.log(e.name, e.message); }
console.log(String.prototype.charAt.length, String.prototype.charCodeAt.length);
