// Array literals with holes and trailing commas.
var a = [1, , 3];
console.log(a.length, a[1], 1 in a, a.join("-"));
var b = [, , ,];
console.log(b.length, 0 in b);
var c = [1, 2, ];
console.log(c.length);
var d = [, 1];
console.log(d.length, 0 in d, d[1]);
var e = [undefined];
console.log(e.length, 0 in e);
console.log([].length, [[]].length, [[], []].length);
var nested = [[1, 2], [3, [4, 5]]];
console.log(nested[1][1][0], nested.length, String(nested));
console.log(Object.keys(a).join(","), Object.keys(b).length);
