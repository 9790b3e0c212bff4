// delete leaves a hole while splice closes the gap and shifts indices.
var a = ["a", "b", "c", "d"];
var b = a.slice();
delete a[1];
b.splice(1, 1);
console.log(a.length, b.length, JSON.stringify(a), JSON.stringify(b));
console.log(a.indexOf("c"), b.indexOf("c"));
var filtered = a.filter(function () { return true; });
console.log(filtered.length, filtered.join(""));
var keys = [];
for (var k in a) keys.push(k);
console.log(keys.join(","));
a[1] = "B";
console.log(a.join(""));
