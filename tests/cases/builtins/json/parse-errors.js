// JSON.parse's SyntaxError messages, as node 20 words them.
var texts = ["", " ", "{", "[1,]", "{\"a\":1,}", "{a:1}", "'x'", "01", "1.", ".5", "+1", "-", "tru", "nul",
  "\"abc", "\"\\x\"", "\"\t\"", "[1 2]", "{\"a\" 1}", "1 2", "NaN", "undefined", "[", "]", "\"\\u12\"", "{\"a\":}"];
for (var i = 0; i < texts.length; i++) {
  try {
    JSON.parse(texts[i]);
    console.log(JSON.stringify(texts[i]), "parsed");
  } catch (e) {
    console.log(JSON.stringify(texts[i]), e.name, e instanceof SyntaxError, e.message);
  }
}
