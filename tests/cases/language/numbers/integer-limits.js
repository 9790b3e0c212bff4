// Integers are exact up to 2^53; beyond that, doubles skip values.
var max = 9007199254740992;
console.log(max, max + 1, max + 2, max - 1);
console.log(max + 1 === max, max + 2 === max);
console.log(Math.pow(2, 53) === max, Math.pow(2, 64));
console.log(12345678901234567890, 0.1 * 3 === 0.3);
console.log(2147483647 + 1, -2147483648 - 1, 4294967295 + 1);
console.log(1e16 + 1, 1e16 + 2);
console.log(123456789 * 987654321);
console.log(Math.floor(max / 3), max % 7);
