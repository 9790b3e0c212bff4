// Exponent notation starts at 1e21 and below 1e-6.
console.log(String(1e20), String(1e21), String(1e22));
console.log(String(123456789012345680000), String(1.5e21));
console.log(String(1e-6), String(1e-7), String(1.5e-7));
console.log(String(0.000001234), String(0.0000001234));
console.log(String(123e-20), String(-123e-20));
console.log(String(1e100), String(1.7976931348623157e308));
console.log(String(2e-323), String(-5e-324));
console.log(String(12345e300), String(1e+21 - 1));
console.log(String(999999999999999999999), String(99999999999999999999));
