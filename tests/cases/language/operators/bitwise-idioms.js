// Common bitwise idioms: truncation, power-of-two tests, swaps and bit counting.
console.log(~~5.7, ~~-5.7, 5.7 | 0, -5.7 | 0, Math.floor(-5.7));
function isPowerOfTwo(n) { return n > 0 && (n & (n - 1)) === 0; }
console.log(isPowerOfTwo(1), isPowerOfTwo(64), isPowerOfTwo(96), isPowerOfTwo(0));
function popcount(n) { var c = 0; n = n >>> 0; while (n) { c += n & 1; n >>>= 1; } return c; }
console.log(popcount(0), popcount(7), popcount(-1), popcount(0x80000000));
var a = 3, b = 9;
a ^= b; b ^= a; a ^= b;
console.log(a, b);
console.log((0x12345678 >>> 24) & 0xff, (0x12345678 >> 16) & 0xff, 0x12345678 & 0xff);
console.log(("abc".indexOf("z") === -1), ~"abc".indexOf("z"), !!~"abc".indexOf("b"));
console.log((255).toString(2), (255 << 24).toString(2).length, ((255 << 24) >>> 0).toString(16));
