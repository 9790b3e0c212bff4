// parseFloat reads exponents, stopping cleanly when the exponent has no digits.
var texts = ["1e5", "1e+5", "1e-5", "1e", "1e+", "1e-", "1ex", "-1.5E3", ".1e1", "1.e1", "1e1.5", "1e0001", "1e-0", "1E+400", "0e-1"];
for (var i = 0; i < texts.length; i++) console.log(texts[i], parseFloat(texts[i]), Number(texts[i]));
