// Very sparse arrays keep their length and only the set elements.
var a = [];
a[1000000] = "far";
console.log(a.length, Object.keys(a).length, a.indexOf("far"), a.lastIndexOf("far"));
a[5] = "near";
var visits = [];
a.forEach(function (v, i) { visits.push(i); });
console.log(visits.join(","));
console.log(a.filter(function () { return true; }).join(","));
a.length = 10;
console.log(a.length, a[1000000], Object.keys(a).join(","));
var b = [];
b[4294967294] = "max";
console.log(b.length);
b[4294967295] = "not index";
console.log(b.length, Object.keys(b).length);
