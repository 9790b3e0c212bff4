// Math.hypot with many arguments, Infinity beating NaN, and scaling that avoids overflow.
console.log(Math.hypot(1, 2, 3, 4, 5), Math.hypot(1, 1, 1, 1), Math.hypot(-0), Math.hypot(0, -0), Math.hypot(NaN, -Infinity, 1));
console.log(Math.hypot(1e308, 1e308), Math.hypot(1e-320, 1e-320) > 0, Math.hypot(3e-324, 4e-324), Math.hypot(Number.MAX_VALUE, 1));
console.log(Math.hypot(5, 12), Math.hypot(8, 15), Math.hypot(7, 24), Math.hypot(0.3, 0.4), Math.hypot(1e10, 1));
