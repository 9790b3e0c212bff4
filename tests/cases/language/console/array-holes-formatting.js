// Runs of holes print as "<n empty items>".
var a = [];
a[3] = "x";
console.log(a);
var b = [1];
b[10] = 2;
console.log(b);
var c = [1, 2, 3];
delete c[1];
console.log(c);
c.length = 6;
console.log(c);
console.log([, "a", , "b", , ]);
console.log(new Array(1), new Array(2));
