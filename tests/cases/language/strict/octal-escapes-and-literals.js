// Legacy octal literals and escapes work in sloppy code and are syntax errors in strict code.
console.log(010, 0777, 08, 09.5);
console.log("\101\102", JSON.stringify("\0"), "\08".length, "\377".charCodeAt(0));
var sources = ["010", "'\\101'", "'\\0'", "'\\08'", "0.5", "08"];
for (var i = 0; i < sources.length; i++) {
  try {
    var v = Function("'use strict'; return " + sources[i])();
    console.log(sources[i], "strict ok", JSON.stringify(v));
  } catch (e) {
    console.log(sources[i], "strict", e.name);
  }
}
