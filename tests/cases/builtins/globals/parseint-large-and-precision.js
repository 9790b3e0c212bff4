// parseInt on long digit strings rounds like a mathematical value for radix 10, digit by digit for others.
console.log(parseInt("9007199254740993"), parseInt("9007199254740995"), parseInt("18446744073709551615"));
console.log(parseInt("123456789012345678901234567890123"), parseInt("1".repeat(400)));
console.log(parseInt("1".repeat(60), 2), parseInt("f".repeat(20), 16), parseInt("z".repeat(15), 36));
console.log(parseInt("100000000000000000000000", 10), parseInt("1e+21"), parseInt(String(1e21)));
