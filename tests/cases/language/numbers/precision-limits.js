// Doubles carry about 17 significant digits; printing keeps only what identifies the value.
console.log(0.1234567890123456789, 1.0000000000000002, 1.00000000000000011);
console.log(123456789.123456789, 9.999999999999999, 9.9999999999999999);
console.log(1 + 1e-15, 1 + 1e-16, 1 - 1e-16, 1 - 1e-17);
console.log(1e-15 + 1e-16, 3e-16 * 3);
console.log(0.3 === 0.1 * 3, Math.abs(0.3 - 0.1 * 3) < 1e-15);
console.log((0.1).toFixed(17), (0.5).toFixed(17), (1 / 3).toFixed(17));
console.log(1e23, 1e22 + 1, 2e23 / 2);
console.log(String(8.41e21), String(0.000001 * 10), String(1e-6 / 10));
console.log(0.1 + 0.7, 0.1 * 0.2, 0.3 / 0.1, 4.35 * 100);
