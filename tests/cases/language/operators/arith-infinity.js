// Infinity arithmetic: division by zero, overflow and sign rules.
console.log(1 / 0, -1 / 0);
console.log(Infinity + 1, Infinity - 1e308);
console.log(Infinity + Infinity, -Infinity - Infinity);
console.log(Infinity * -1, Infinity / Infinity);
console.log(1e308 * 10, -1e308 * 10);
console.log(Number.MAX_VALUE * 2);
console.log(5 / Infinity, 1 / (-5 / Infinity));
console.log(Infinity > 1e308, -Infinity < -1e308);
console.log(Infinity === Infinity, Infinity == -Infinity);
console.log(Math.pow(2, 1024));
console.log(isFinite(Infinity), isFinite(1e308), isFinite("5"));
