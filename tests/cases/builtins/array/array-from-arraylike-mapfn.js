// Array.from on array-likes with a map function and thisArg.
var like = { length: 3, 0: "a", 2: "c" };
var out = Array.from(like);
console.log(out.length, out[1] === undefined, 1 in out, out.join("-"));
console.log(Array.from({ length: 4 }, function (v, i) { return i * i; }).join(","));
var ctx = { k: 10 };
console.log(Array.from([1, 2], function (v) { return v + this.k; }, ctx).join(","));
console.log(Array.from({ length: "2" }).length, Array.from({ length: -5 }).length);
console.log(Array.from(5).length, Array.from(true).length);
try { Array.from([1], "nope"); } catch (e) { console.log(e.name, e.message); }
var seen = [];
Array.from("xy", function (v, i) { seen.push(arguments.length + ":" + v + i); });
console.log(seen.join(" "));
