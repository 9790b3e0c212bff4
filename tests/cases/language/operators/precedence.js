// Operator precedence and associativity across families.
console.log(1 + 2 << 1, 1 + (2 << 1));
console.log(1 < 2 == true, 3 > 2 > 1);
console.log(1 | 2 & 3, (1 | 2) & 3);
console.log(1 ^ 3 | 4, 1 ^ (3 | 4));
console.log(!1 + 1, !(1 + 1));
console.log(typeof 1 + 2, typeof (1 + 2));
console.log(2 * 3 % 4, 2 * (3 % 4));
console.log(-2 * -2, - -2);
console.log(1 || 0 && 0, (1 || 0) && 0);
console.log(5 - 2 - 1, 5 - (2 - 1));
console.log(10 / 5 / 2, 10 / (5 / 2));
console.log(1 == 1 && 2 != 2 || "z");
console.log(8 >> 1 + 1, (8 >> 1) + 1);
console.log(-1 >>> 0 === 4294967295);
