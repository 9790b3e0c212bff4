// do-while ends at a semicolon or at a line break; bodies may be single or empty statements.
var a = 0;
do a++; while (a < 3)
console.log("after do-while", a);
var b = 0;
do { b += 2 } while (b < 5); console.log("b", b);
var c = 0
do c++
while (c < 2)
console.log("c", c)
var d = 0;
do ; while (d++ < 3);
console.log("d", d);
