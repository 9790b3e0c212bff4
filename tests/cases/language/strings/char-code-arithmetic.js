// Character codes for simple ciphers and classification.
function rot13(s) {
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c = (c - 65 + 13) % 26 + 65;
    else if (c >= 97 && c <= 122) c = (c - 97 + 13) % 26 + 97;
    out += String.fromCharCode(c);
  }
  return out;
}
console.log(rot13("Hello, World!"), rot13(rot13("Hello, World!")));
function isDigit(ch) { return ch >= "0" && ch <= "9"; }
console.log(isDigit("5"), isDigit("a"), isDigit("10"), isDigit(""));
var hex = "";
var text = "Hi~";
for (var i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16);
console.log(hex);
console.log("a".charCodeAt(0) - "A".charCodeAt(0));
