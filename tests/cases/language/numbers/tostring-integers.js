// Integral doubles print without a fraction or exponent below 1e21.
console.log(String(1), String(-1), String(100), String(1e15));
console.log(String(123456789012), String(2e20), String(-3e20));
console.log(String(Math.pow(2, 60)), String(Math.pow(2, 70)));
console.log(String(Math.pow(2, 31)), String(-Math.pow(2, 31)));
console.log(String(4294967296 * 4294967296));
console.log(String(10 * 10 * 10 * 10 * 10 * 10 * 10), String(1e7 * 1e7));
console.log(String(0x1fffffffffffff), String(0x20000000000001));
console.log(String(1.0), String(-1.0e0), String(50.00));
console.log(String(-0 * 1), String(1e20 + 1), String(123456789012345678));
