// Integer-like division idioms and their edge cases.
function idiv(a, b) { return (a / b) | 0; }
console.log(idiv(7, 2), idiv(-7, 2), idiv(7, -2), idiv(1, 0), idiv(0, 0));
console.log(Math.floor(-7 / 2), Math.ceil(-7 / 2));
console.log(7 / 2 >> 0, -7 / 2 >> 0, ~~(-7 / 2));
console.log(10 / 3 * 3, 10 / 3 * 3 === 10);
console.log(1 / 3 + 1 / 3 + 1 / 3);
console.log(Math.pow(2, 31) | 0, Math.pow(2, 31) >>> 0);
console.log((-7) - 2 * Math.floor(-7 / 2), -7 % 2);
console.log(-7 / 2 | 0, Math.round(-7 / 2), Math.round(7 / 2), 7 % 2.5);
