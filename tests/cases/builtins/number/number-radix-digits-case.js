// Radix output is lower-case; parseInt reads either case; digit values past the radix stop parsing.
console.log((0xABCDEF).toString(16), (35).toString(36), (0xff).toString(16).toUpperCase());
console.log(parseInt("AbCdEf", 16), parseInt("Z", 36), parseInt("z1", 35), parseInt("19", 9), parseInt("1g", 16));
console.log(Number("0xAbC"), Number("0XABC"), Number("0x"), Number("0xg"));
