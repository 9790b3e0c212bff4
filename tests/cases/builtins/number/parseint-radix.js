// parseInt with a radix: 2..36, 0 or undefined meaning 10 (or 16 with 0x), others give NaN.
console.log(parseInt("11", 2), parseInt("12", 2), parseInt("2", 2), parseInt("777", 8));
console.log(parseInt("zz", 36), parseInt("ZZ", 36), parseInt("z", 35), parseInt("10", 37));
console.log(parseInt("10", 1), parseInt("10", 0), parseInt("10", undefined), parseInt("10", null));
console.log(parseInt("0x10", 16), parseInt("0x10", 10), parseInt("0x10", 0), parseInt("0x10", 17));
console.log(parseInt("10", "16"), parseInt("10", 16.9), parseInt("10", -1), parseInt("10", 4294967312));
console.log(parseInt("ff", 15), parseInt("-ff", 16), parseInt("  -0b1", 2));
console.log(parseInt("1111111111111111111111111111111111111111111111111111111", 2));
console.log(parseInt("hello world", 36), parseInt("javascript", 36));
