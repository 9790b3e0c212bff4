// parseFloat: the longest prefix that is a StrDecimalLiteral; no hex, no separators.
console.log(parseFloat("3.14"), parseFloat("  3.14abc"), parseFloat("-.5"), parseFloat("+.5e1"));
console.log(parseFloat(".5"), parseFloat("5."), parseFloat("."), parseFloat("-"), parseFloat(""));
console.log(parseFloat("1e"), parseFloat("1e+"), parseFloat("1e-3x"), parseFloat("1E3"), parseFloat("1.2.3"));
console.log(parseFloat("0x10"), parseFloat("0b1"), parseFloat("1_000"), parseFloat("1,5"));
console.log(parseFloat("Infinity"), parseFloat("-Infinityx"), parseFloat("infinity"), parseFloat("+Infinity"));
console.log(parseFloat("1e1000"), parseFloat("-1e1000"), parseFloat("1e-400"), 1 / parseFloat("-0"));
console.log(parseFloat("\u00a0\u2003 7.5"), parseFloat("\u200b7"));
console.log(parseFloat([1.5, 2]), parseFloat({ toString: function () { return "2.5e2"; } }));
console.log(parseFloat("0.1000000000000000055511151231257827"), parseFloat("123456789012345678901234567890"));
console.log(parseFloat.length, parseFloat === Number.parseFloat);
