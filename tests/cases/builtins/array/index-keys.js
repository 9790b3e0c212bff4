// Which property keys are array indexes: canonical numeric strings below 2^32-1.
var a = [];
a["2"] = "two"; a["01"] = "lead"; a["1.0"] = "float"; a[-1] = "neg"; a["+3"] = "plus";
console.log(a.length, Object.keys(a).join(","));
a[1.5] = "frac";
console.log(a.length, a["1.5"]);
a["3"] = "three";
console.log(a.length, a[3] === a["3"], a[3.0]);
var b = [];
b[" 1"] = 1;
console.log(b.length, b[1]);
