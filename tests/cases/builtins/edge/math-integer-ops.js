// 32-bit integer behaviour of Math.imul, clz32, bit operators and ToInt32/ToUint32 wrap-around.
console.log(2147483647 + 1 | 0, -2147483648 - 1 | 0, 4294967296 | 0, 4294967295 | 0, 1e10 | 0, -1e10 | 0, 2 ** 53 | 0, NaN | 0, Infinity | 0);
console.log(-1 >>> 0, -1 >>> 31, 1 << 31, 1 << 32, 1 << -1, -8 >> 1, -8 >>> 1, 5 >>> 0.5, 0x80000000 >> 0);
console.log(Math.imul(0x7fffffff, 2), Math.imul(-5, 12), Math.imul(0xffffffff, 0xffffffff), Math.imul(65536, 65536), Math.imul(3.9, 2.9));
console.log(Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32(0x80000000), Math.clz32('8'), ~~3.7, ~~-3.7, ~-1, ~~'12abc');
console.log((123456789 * 987654321) % 1000, Math.imul(123456789, 987654321), 0.1 * 3 | 0, (2 ** 31) >>> 0, (2 ** 32 + 5) >>> 0);
