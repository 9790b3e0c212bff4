// Number edge cases ES2020-era code relies on without BigInt: MAX_SAFE_INTEGER arithmetic, toString radix, precision.
const max = Number.MAX_SAFE_INTEGER;
console.log(max + 1 === max + 2, max.toString(16), max.toString(36), (max - 1) / 2);
console.log(Number.isSafeInteger(max), Number.isSafeInteger(max + 1), 2 ** 53 === 2 ** 53 + 1);
console.log((0.1).toString(2).length, (255).toString(2), parseInt('ff', 16), parseInt('zz', 36), (1e21).toLocaleString('en-US').length);
