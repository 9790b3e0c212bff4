// Escaping special characters for output formats by hand.
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
console.log(escapeHtml('<a href="x">Tom & Jerry</a>'));
function escapeCsv(field) {
  field = String(field);
  return /[",\n]/.test(field) ? '"' + field.replace(/"/g, '""') + '"' : field;
}
console.log([1, "plain", "has,comma", 'has "quote"', "line\nbreak"].map(escapeCsv).join(","));
function toUnicodeEscapes(s) {
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var hex = s.charCodeAt(i).toString(16);
    out += "\\u" + "0000".slice(hex.length) + hex;
  }
  return out;
}
console.log(toUnicodeEscapes("Az\u00e9"));
