// Numeric literal forms in source: hex, octal, binary, exponents, separators and leading dots.
console.log(0xff, 0XFF, 0o17, 0O17, 0b1010, 0B11, 1e3, 1E-3, .5, 5., 0.0, 1_000_000);
console.log(0.1e1, 1.5e+2, 1_0.2_5, 0b1111_0000, 0o7_7, 0xdead_beef);
console.log(9007199254740993, 0x20000000000001, 1e309, 2e-324, 1.7976931348623158e308);
console.log(010, 0777, 08, 09.5, 0.000001, 1e21, 123e-2);
