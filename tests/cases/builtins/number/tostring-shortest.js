// Number to string: the shortest round-tripping digits and the 1e21 / 1e-7 switches.
console.log(String(0.1 + 0.2), String(1 / 3), String(2 / 3), String(100 / 3));
console.log(String(1e21), String(1e20), String(999999999999999900000), String(123e18));
console.log(String(1e-6), String(1e-7), String(0.000001234), String(1.234e-7));
console.log(String(5e-324), String(Number.MAX_VALUE), String(Number.MIN_VALUE * 3));
console.log(String(2.2250738585072014e-308), String(4.9406564584124654e-324));
console.log(String(123456789012345680000), String(0.1 * 3), String(1.1 * 1.1));
console.log(String(9007199254740993), String(-1e-7), String(-1e21));
console.log(String(1.7976931348623157e308 * 10), String(-0), String(0 * -1));
console.log(String(1e300 * 1e10), String(25e-1), String(0.000001), String(1e100));
