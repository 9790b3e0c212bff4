// Writing at large indices grows length; non-index keys do not.
var a = [];
a[0] = "a";
a["1"] = "b";
a[2.0] = "c";
a["3.0"] = "not index";
a[" 4"] = "not index";
a[1e2] = "hundred";
console.log(a.length, a[100], a["3.0"], Object.keys(a).length);
var b = [];
b[Math.pow(2, 32) - 2] = "max";
console.log(b.length);
var c = [];
c[Math.pow(2, 32)] = "beyond";
console.log(c.length, Object.keys(c).join());
var d = [1, 2, 3];
d.length = "2";
console.log(d.length, d.join());
