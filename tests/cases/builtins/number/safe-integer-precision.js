// Integers past 2^53 lose precision in arithmetic and in conversions from strings.
var big = Math.pow(2, 53);
console.log(big, big + 1, big + 2, big + 3, big - 1);
console.log(big + 1 === big, 9007199254740993, Number("9007199254740993"), parseInt("9007199254740995"));
console.log(Number.isSafeInteger(big), Number.isSafeInteger(big - 1), Number.MAX_SAFE_INTEGER + 2);
console.log(123456789 * 987654321, 0xffffffffffff * 0xffff);
console.log(Math.pow(2, 64), Math.pow(2, 70), Math.pow(10, 22), 1e23);
console.log(1e16 + 1, 1e16 + 2, 12345678901234567890);
console.log(0.1 * 3, 0.7 + 0.1, 1.1 + 2.2, 3 * 1.1);
