// Math.pow and ** on the special cases of Number::exponentiate.
console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(2, 0.5), Math.pow(-8, 1 / 3));
console.log(Math.pow(NaN, 0), Math.pow(NaN, -0), Math.pow(1, NaN), Math.pow(1, Infinity), Math.pow(-1, Infinity));
console.log(Math.pow(0.5, Infinity), Math.pow(0.5, -Infinity), Math.pow(2, Infinity), Math.pow(2, -Infinity));
console.log(Math.pow(0, -1), Math.pow(-0, -1), Math.pow(-0, -2), Math.pow(-0, 3), 1 / Math.pow(-0, 3));
console.log(Math.pow(-Infinity, 3), Math.pow(-Infinity, 2), Math.pow(-Infinity, -3), 1 / Math.pow(-Infinity, -3));
console.log(Math.pow(-2, 0.5), Math.pow(-2, 3), Math.pow(-2, -3), Math.pow(10, 308), Math.pow(10, 309));
console.log(Math.pow(10, -323), Math.pow(10, -324), Math.pow(2, -1074), Math.pow(2, -1075));
console.log(2 ** 3 ** 2, (-2) ** 2, 2 ** -2, Math.pow("3", "2"), Math.pow());
console.log(Math.pow(1.0000001, 1e7), Math.pow(10, 21), Math.pow(2, -3), Math.pow(7, 0.5) === Math.sqrt(7));
