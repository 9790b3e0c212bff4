// encodeURIComponent/decodeURIComponent round-trip every BMP character class and astral characters.
var ok = true, count = 0;
for (var c = 0; c < 0x10000; c += 7) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  var s = String.fromCharCode(c);
  if (decodeURIComponent(encodeURIComponent(s)) !== s || decodeURI(encodeURI(s)) !== s) ok = false;
  count++;
}
console.log(ok, count);
var astral = String.fromCodePoint(0x10000, 0x1f600, 0x10ffff);
console.log(encodeURIComponent(astral), decodeURIComponent(encodeURIComponent(astral)) === astral);
var unsafe = "";
for (var a = 32; a < 127; a++) if (encodeURIComponent(String.fromCharCode(a)).length === 1) unsafe += String.fromCharCode(a);
console.log(unsafe);
var uriSafe = "";
for (var b = 32; b < 127; b++) if (encodeURI(String.fromCharCode(b)).length === 1) uriSafe += String.fromCharCode(b);
console.log(uriSafe);
