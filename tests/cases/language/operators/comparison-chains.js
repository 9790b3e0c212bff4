// Comparison operators are left-associative, so chains compare booleans.
console.log(1 < 2 < 3, 3 > 2 > 1, 3 < 2 < 1);
console.log(1 == 1 == 1, 2 == 2 == 2, 0 == 0 == 0);
console.log(1 === 1 === true, "a" < "b" < "c");
console.log(5 > 4 >= 1, 5 > 4 > 0, 1 < 1 <= 0);
var x = 5;
console.log(0 < x && x < 10, 0 < x < 10, 10 < x < 3);
console.log(null == false == false, undefined == null == true);
var a = 3, b = 2, c = 1;
console.log(a > b > c, a > b && b > c, (a > b) + (b > c));
