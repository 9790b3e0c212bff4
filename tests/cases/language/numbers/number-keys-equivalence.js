// Number and string forms of array indices name the same property.
var a = [];
a["2"] = "two";
a[0] = "zero";
console.log(a.length, a[2], a["0"], a["02"]);
a["02"] = "not an index";
a["1.0"] = "nor this";
console.log(a.length, a[1], a["1.0"]);
a[4294967294] = "max index";
console.log(a.length);
a[4294967295] = "not an index";
console.log(a.length, a[4294967295]);
a[-1] = "negative";
console.log(a.length, a[-1], a["-1"]);
