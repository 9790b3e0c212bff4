// String() converts any value; new String() makes a wrapper object.
var values = [123, -0, 1e21, 0.5, true, null, undefined, [1, [2, 3]], {}, function f() { return 1; }.length, NaN];
var out = [];
for (var i = 0; i < values.length; i++) out.push(JSON.stringify(String(values[i])));
console.log(out.join(" "));
console.log(String(), String(""), typeof String(new String("w")));
console.log(String([null]), String([undefined, null]), String([[], []]));
var custom = { toString: function () { return "custom!"; } };
console.log(String(custom), String([custom, custom]));
console.log(String({ valueOf: function () { return 1; } }));
