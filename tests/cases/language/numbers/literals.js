// Numeric literal forms: decimal, hex, legacy octal, exponents and leading/trailing dots.
console.log(0x10, 0XfF, 0x0, 017, 019, 00);
console.log(.5, 5., 1.e2, 1e+2, 1E-2, 0.0e0);
console.log(1e308 * 10 === Infinity, 5e-324 > 0, 2e-324);
console.log(0x7fffffffffffffff, 0xffffffffffffffffff);
console.log(1.7976931348623157e308, 1.7976931348623159e308);
console.log(123456789012345678, .1e1, 4e0);
console.log(0.1 === .1, 1e0 === 1, 0x1 === 1);
console.log(3.0 === 3, 077 === 63);
console.log(0.1e-5, 1e-7, 5e-7 === 0.0000005, 0xA === 10);
