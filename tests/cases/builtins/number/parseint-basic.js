// parseInt: leading whitespace, signs, the 0x prefix and stopping at the first bad digit.
console.log(parseInt("42"), parseInt("  42  "), parseInt("\n\t 42"), parseInt("-42"), parseInt("+42"));
console.log(parseInt("42px"), parseInt("3.99"), parseInt("-3.99"), parseInt("1e3"));
console.log(parseInt("0x1F"), parseInt("0X1f"), parseInt("-0x1F"), parseInt("0x"), parseInt("0xG"));
console.log(parseInt(""), parseInt(" "), parseInt("-"), parseInt("abc"), parseInt("- 1"));
console.log(parseInt("010"), parseInt("0b11"), parseInt("0o17"), parseInt("08"));
console.log(parseInt("\u00a0\ufeff7"), parseInt("\u20287"), parseInt("\u200b7"));
console.log(parseInt("123456789012345678901234567890"));
console.log(parseInt("Infinity"), parseInt("-0"), 1 / parseInt("-0"));
console.log(parseInt.length, parseInt.name, parseInt === Number.parseInt);
