// Number(string): StringToNumber with whitespace, prefixes, signs and Infinity.
var inputs = ["12", "  12  ", "\n\t12\r\n", "", "   ", "12px", "1e3", "-1e-3", ".5", "5.", ".",
  "0x1F", "0X1f", "-0x1F", "0b101", "0o17", "0B2", "0o8", "+0x1", "Infinity", "-Infinity", "+Infinity",
  "infinity", "1_000", "1,000", "00012", "-0", "1e1000", "\u00a0 5 \ufeff", "\u2028 6 \u3000", "\u200b7"];
for (var i = 0; i < inputs.length; i++) {
  var n = Number(inputs[i]);
  console.log(JSON.stringify(inputs[i]), n, Object.is(n, -0));
}
