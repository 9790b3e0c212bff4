// trim, trimStart and trimEnd remove whitespace and line terminators.
var ws = " \t\n\v\f\r\u00a0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\ufeff";
console.log(JSON.stringify((ws + "x" + ws).trim()), (ws + "x").trim().length);
console.log(JSON.stringify("  a b  ".trimStart()), JSON.stringify("  a b  ".trimEnd()));
console.log(JSON.stringify("  a  ".trimLeft()), JSON.stringify("  a  ".trimRight()));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name);
console.log("\u200b".trim().length, "\u180e".trim().length, "\u0085".trim().length);
console.log(String.prototype.trim.call(12), String.prototype.trim.length);
