// Repeated floating-point addition accumulates rounding error deterministically.
var sum = 0;
for (var i = 0; i < 10; i++) sum += 0.1;
console.log(sum, sum === 1);
var total = 0;
for (var j = 1; j <= 100; j++) total += 1 / j;
console.log(total);
var product = 1;
for (var k = 1; k <= 20; k++) product *= k;
console.log(product);
for (k = 21; k <= 25; k++) product *= k;
console.log(product);
var x = 1;
while (1 + x !== 1) x /= 2;
console.log(x, x * 2);
console.log(0.1 * 0.1, 0.3 - 0.1, 1.1 + 2.2);
