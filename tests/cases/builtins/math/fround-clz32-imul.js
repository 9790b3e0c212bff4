// fround, clz32 and imul: float32 rounding and 32-bit integer semantics.
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(0.1), Math.fround(1e40), Math.fround(-1e40));
console.log(Math.fround(1.401298464324817e-45), Math.fround(7e-46), Math.fround(3.4028235677973366e38), Math.fround(3.4028235677973367e38));
console.log(Math.fround(NaN), 1 / Math.fround(-0), Math.fround(16777217), Math.fround(2 ** 128 - 2 ** 103));
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(0.5), Math.clz32(NaN));
console.log(Math.clz32(Infinity), Math.clz32(2 ** 32), Math.clz32(2 ** 32 + 1), Math.clz32("8"), Math.clz32(3.9));
console.log(Math.imul(2, 4), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0xfffffffe, 5), Math.imul(2 ** 31, 2));
console.log(Math.imul(1.9, 2.9), Math.imul(NaN, 1), Math.imul("3", "4"), Math.imul(65536, 65536), Math.imul(65535, 65537));
console.log(Math.imul.length, Math.clz32.length, Math.fround.length);
