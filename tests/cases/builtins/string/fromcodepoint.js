// String.fromCodePoint builds surrogate pairs and rejects invalid code points.
console.log(String.fromCodePoint(72, 0x1F600).length, String.fromCodePoint(0x1F600) === "\uD83D\uDE00");
console.log(String.fromCodePoint(), String.fromCodePoint(0x10FFFF).length, String.fromCodePoint.length);
var bad = [-1, 0x110000, 1.5, NaN, Infinity, "x"];
for (var i = 0; i < bad.length; i++) {
  try { String.fromCodePoint(bad[i]); console.log("ok"); }
  catch (e) { console.log(e.name, e.message); }
}
console.log(String.fromCodePoint("65", 66).length, String.fromCodePoint(0xD800).charCodeAt(0));
