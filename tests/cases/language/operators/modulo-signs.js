// % takes the sign of the dividend and works on fractions and special values.
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2);
console.log(0.3 % 0.1);
console.log(10 % 0, 0 % 10, 1 / (-0 % 10));
console.log(Infinity % 2, 2 % Infinity, -2 % Infinity);
console.log(NaN % 2, 2 % NaN);
console.log(1 / (-4 % 2), 1 / (4 % -2));
console.log("9" % "4", "x" % 2);
console.log(2147483648 % 7, -2147483649 % 10);
console.log(1e20 % 3);
