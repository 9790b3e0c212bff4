// replace with a non-global regexp ignores lastIndex; with g it resets lastIndex to 0 at the end.
var re = /a/;
re.lastIndex = 3;
console.log("aaaa".replace(re, "b"), re.lastIndex);
var g = /a/g;
g.lastIndex = 3;
console.log("aaaa".replace(g, "b"), g.lastIndex);
var y = /a/y;
y.lastIndex = 2;
console.log("aaaa".replace(y, "b"), y.lastIndex);
y.lastIndex = 9;
console.log("aaaa".replace(y, "b"), y.lastIndex);
var gy = /a/gy;
console.log("aaba".replace(gy, "x"), gy.lastIndex);
