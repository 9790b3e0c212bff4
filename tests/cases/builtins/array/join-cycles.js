// join and toString print a cyclic reference as an empty string instead of recursing.
var a = [1, 2];
a.push(a);
console.log(a.join(","), String(a));
var b = [1];
var c = [b, 2];
b.push(c);
console.log(b.join("|"), c.join("|"));
var d = ["x"];
d[1] = [d, [d]];
console.log(d.toString());
console.log([[[]]].toString() === "", [[], []].join(",") === ",");
