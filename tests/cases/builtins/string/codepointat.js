// codePointAt decodes surrogate pairs at the position, and lone halves as themselves.
var s = "a\uD83D\uDE00b\uD800";
console.log(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3));
console.log(s.codePointAt(4), s.codePointAt(5), s.codePointAt(-1), s.codePointAt(1.5));
console.log("\uDE00\uD83D".codePointAt(0), "".codePointAt(0));
console.log(String.prototype.codePointAt.length, String.prototype.codePointAt.name);
var cps = [];
for (var ch of "x\uD83D\uDE00\u00e9") cps.push(ch.codePointAt(0).toString(16));
console.log(cps.join(","));
