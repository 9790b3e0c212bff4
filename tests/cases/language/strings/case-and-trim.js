// toUpperCase, toLowerCase and trim.
console.log("MiXeD".toUpperCase(), "MiXeD".toLowerCase());
console.log(JSON.stringify("  pad  ".trim()), JSON.stringify("\t\n x \r\n".trim()));
console.log(JSON.stringify("\u00a0\ufeffnbsp\u2003".trim()));
console.log("already".trim() === "already", "".trim() === "");
console.log("123abc".toUpperCase(), "\u00e0\u00e9".toUpperCase());
console.log(String.prototype.toUpperCase.call(true), String.prototype.trim.call(42));
try { String.prototype.trim.call(null); } catch (e) { console.log(e.name); }
console.log("I".toLowerCase(), "i".toUpperCase());
console.log(JSON.stringify(" \u2028 x \u2029 ".trim()), "\u00b5".toUpperCase().charCodeAt(0));
