// ES2015 Number and Math additions.
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger('5'), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.isNaN('NaN'), isNaN('NaN'), Number.isFinite('1'), isFinite('1'), Number.EPSILON > 0, Number.EPSILON === 2 ** -52);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.parseFloat === parseFloat, Number.parseInt === parseInt);
console.log(Math.trunc(-4.7), Math.sign(-3), Math.sign(-0), Math.cbrt(27), Math.hypot(3, 4), Math.hypot(), Math.hypot(NaN, Infinity));
console.log(Math.clz32(1), Math.clz32(0), Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.fround(5.5), Math.fround(5.05));
console.log(Math.log2(8), Math.log10(1000), Math.log1p(0), Math.expm1(0), Math.sinh(0), Math.cosh(0), Math.tanh(Infinity));
console.log(Math.asinh(0), Math.acosh(1), Math.atanh(0), Math.trunc('7.9'), Math.sign('-2'));
console.log(0b11, 0o17, 0B1, 0O7, Number('0b101'), Number('0o17'), Number('0x1f'));
