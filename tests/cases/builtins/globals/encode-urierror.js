// Lone surrogates cannot be encoded: URIError "URI malformed".
var bad = ["\ud800", "\udc00", "a\ud800b", "\udc00\ud800", "\ud83d"];
for (var i = 0; i < bad.length; i++) {
  try { encodeURIComponent(bad[i]); console.log("ok"); } catch (e) { console.log(e.name, e.message, e instanceof URIError); }
  try { encodeURI(bad[i]); console.log("ok"); } catch (e) { console.log(e.name, e.message); }
}
console.log(encodeURIComponent("\ud83d\ude00"), encodeURIComponent("\udbff\udfff"));
