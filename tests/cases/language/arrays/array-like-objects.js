// Array methods work on array-likes through call; length is ToUint32 of the property.
var like = { 0: "a", 1: "b", 2: "c", length: 3 };
console.log(Array.prototype.join.call(like, "+"));
console.log(Array.prototype.map.call(like, function (s) { return s.toUpperCase(); }).join(""));
console.log(Array.prototype.slice.call(like, 1).join(","));
var odd = { 0: "x", 5: "y", length: "6" };
console.log(Array.prototype.join.call(odd, ","));
var negative = { 0: "a", length: -1 };
console.log(Array.prototype.join.call(negative, ","), Array.prototype.slice.call(negative).length);
function args() { return Array.prototype.slice.call(arguments, 1); }
console.log(args(1, 2, 3).join(","));
var s = Array.prototype.filter.call("hello", function (ch) { return ch !== "l"; });
console.log(s.join(""), Array.isArray(s));
var pushed = { length: 0 };
Array.prototype.push.call(pushed, "p", "q");
console.log(pushed.length, pushed[0], pushed[1]);
