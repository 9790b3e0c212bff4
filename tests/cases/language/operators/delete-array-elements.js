// delete on an array element leaves a hole and keeps the length.
var a = [1, 2, 3, 4];
console.log(delete a[1], a.length, a[1], 1 in a);
console.log(a.join("-"));
console.log(delete a[3], a.length);
console.log(delete a[10], a.length);
var count = 0;
for (var k in a) count++;
console.log(count);
a.length = 1;
console.log(a.length, 2 in a);
console.log(delete a["0"], a.length, a.join("|"));
