// Arithmetic operators on plain numbers: precedence, associativity and unary minus.
console.log(1 + 2 * 3);
console.log((1 + 2) * 3);
console.log(10 - 4 - 3);
console.log(2 * 3 / 4);
console.log(7 / 2);
console.log(-7 / 2);
console.log(1 - -1);
console.log(- -5);
console.log(+"42" + 1);
console.log(3 * -2);
console.log(100 / 3);
console.log(2 - 3 * 4 + 5);
console.log(0.5 * 4);
