// Malformed escapes and UTF-8 sequences throw URIError: URI malformed.
var bad = ["%", "%2", "%G0", "%%", "%C0%80", "%E0%80%80", "%ED%A0%80", "%F8%80%80%80%80", "%80", "%C2", "%C2%20",
  "%E4%B8", "%F0%9F%98", "%F4%90%80%80", "%FF", "abc%zz"];
for (var i = 0; i < bad.length; i++) {
  var r1, r2;
  try { r1 = JSON.stringify(decodeURIComponent(bad[i])); } catch (e) { r1 = e.name + ":" + e.message; }
  try { r2 = JSON.stringify(decodeURI(bad[i])); } catch (e) { r2 = e.name + ":" + e.message; }
  console.log(bad[i], r1, r2);
}
