// Every property key becomes a string; distinct values can collide.
var o = {};
o[1] = "number 1";
o["1"] = "string 1";
o[true] = "true";
o[[1]] = "array [1]";
console.log(Object.keys(o).join(","), o[1]);
var keys = [null, undefined, NaN, Infinity, -Infinity, 0.5, 1e21, [1, 2], { a: 1 }];
var p = {};
for (var i = 0; i < keys.length; i++) p[keys[i]] = i;
console.log(Object.keys(p).join(" | "));
console.log(p["null"], p.undefined, p["NaN"], p["1,2"], p["[object Object]"]);
