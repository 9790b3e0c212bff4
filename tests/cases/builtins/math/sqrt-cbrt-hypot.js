// sqrt, cbrt and hypot on negatives, -0, infinities and overflow-prone inputs.
console.log(Math.sqrt(4), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), 1 / Math.sqrt(-0), Math.sqrt(Infinity));
console.log(Math.sqrt(5e-324), Math.sqrt(Number.MAX_VALUE), Math.sqrt("16"), Math.sqrt(-Infinity));
console.log(Math.cbrt(27), Math.cbrt(-27), Math.cbrt(2), Math.cbrt(-0), 1 / Math.cbrt(-0), Math.cbrt(-Infinity));
console.log(Math.cbrt(1e-300), Math.cbrt(NaN), Math.cbrt(0.001));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-3), Math.hypot(1, 1), Math.hypot(3, 4, 12));
console.log(Math.hypot(NaN, Infinity), Math.hypot(Infinity, NaN), Math.hypot(NaN, 1), Math.hypot(-Infinity));
console.log(Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200), Math.hypot(-0, -0), 1 / Math.hypot(-0));
console.log(Math.hypot.length, Math.cbrt.length, Math.hypot("3", [4]));
