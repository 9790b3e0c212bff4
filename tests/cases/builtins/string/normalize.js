// normalize converts between composed and decomposed forms.
var composed = "\u00e9", decomposed = "e\u0301";
console.log(composed === decomposed, composed.normalize("NFD") === decomposed, decomposed.normalize() === composed);
console.log(decomposed.normalize("NFC").length, composed.normalize("NFD").length);
console.log("\uFB01".normalize("NFKD"), "\uFB01".normalize("NFD").length, "\u2460".normalize("NFKC"));
console.log("\u1E9B\u0323".normalize("NFKC").length, "abc".normalize("NFKD"));
try { "a".normalize("nfc"); } catch (e) { console.log(e.name, e.message); }
console.log("\uAC00".normalize("NFD").length, "\u1100\u1161".normalize("NFC") === "\uAC00");
console.log(String.prototype.normalize.length, "x".normalize(undefined));
