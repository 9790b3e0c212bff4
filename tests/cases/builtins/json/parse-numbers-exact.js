// JSON.parse reads numbers with correct rounding, like the language's own literals.
var texts = ["0.1", "0.30000000000000004", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
  "2.2250738585072011e-308", "4.9e-324", "2.4e-324", "2.5e-324", "9007199254740993", "9007199254740995",
  "123456789012345678901234567890e-10", "-0.0", "0e5", "1E-0", "100000000000000000000000"];
for (var i = 0; i < texts.length; i++) {
  var v = JSON.parse(texts[i]);
  console.log(texts[i], v, v === Number(texts[i]));
}
