// ES2015+ numeric syntax and operators: binary/octal literals, exponent associativity, truncation, safe integers.
console.log(0b1111_0000, 0o777, 2 ** -1, (-2) ** 3, 2 ** 3 ** 0, 4 ** 0.5);
console.log(Math.trunc(2 ** 32 + 0.5), (2 ** 32 + 0.5) | 0, Math.trunc(-0.9), Number.isSafeInteger(2 ** 53 - 1) && !Number.isSafeInteger(2 ** 53));
let x = 2;
x **= 3; x **= 0.5;
console.log(x.toFixed(6), Number.parseFloat('1e-3'), Number.EPSILON > 0 && 0.1 + 0.2 - 0.3 < Number.EPSILON);
console.log([1, 10, 100].map(n => Math.log10(n)).join(), Math.sign(-5) * Math.cbrt(-27), Math.hypot(...[1, 2, 2]));
