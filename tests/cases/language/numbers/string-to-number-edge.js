// ToNumber on strings: whitespace, signs, exponents and what makes NaN.
var inputs = ["0", "-0", "+0", "00012", "1.", ".1", "1e", "e1", "1e+", "1E2", "-1e-2",
  "0x1F", "-0x1F", "0x", "Infinity", "+Infinity", "INFINITY", " \n42\t ", "4 2", "\u20281\u2029"];
for (var i = 0; i < inputs.length; i++) {
  var n = Number(inputs[i]);
  console.log(JSON.stringify(inputs[i]), n, 1 / n === -Infinity ? "negative zero" : "");
}
console.log(Number("1__0"), Number("1.2.3"), Number("- 1"), Number("0.0000001"));
console.log(Number("9007199254740993"), Number("1e-400"), Number("-1e-400") === 0);
console.log(Number(".e1"), Number("5e"), Number("0b12"), Number("0o8"));
