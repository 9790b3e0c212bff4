// Array spread and destructuring use the iterator, filling holes with undefined.
var a = [1, , 3];
var s = [...a];
console.log(s.length, 1 in s, s[1]);
var [x, y = "default", z, w = "w"] = a;
console.log(x, y, z, w);
var [first, ...rest] = "hey";
console.log(first, rest.join(""), Array.isArray(rest));
var [, second] = [1, 2];
console.log(second);
var [p, [q, r]] = [1, [2, 3]];
console.log(p + q + r);
var swapA = 1, swapB = 2;
[swapA, swapB] = [swapB, swapA];
console.log(swapA, swapB);
