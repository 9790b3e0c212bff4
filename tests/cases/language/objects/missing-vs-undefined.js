// A property holding undefined differs from a missing one for in, keys and hasOwnProperty.
var o = { present: undefined };
console.log(o.present === undefined, o.missing === undefined);
console.log("present" in o, "missing" in o);
console.log(o.hasOwnProperty("present"), o.hasOwnProperty("missing"));
console.log(Object.keys(o).join(","), JSON.stringify(o));
var count = 0;
for (var k in o) count++;
console.log(count);
delete o.present;
console.log("present" in o, Object.keys(o).length);
var arr = [undefined, , 3];
console.log(0 in arr, 1 in arr, arr.length, Object.keys(arr).join(","));
