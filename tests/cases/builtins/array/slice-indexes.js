// slice with negative, NaN, fractional and infinite arguments.
var a = ["a", "b", "c", "d", "e"];
console.log(a.slice(1, 3).join(""), a.slice(-2).join(""), a.slice(-3, -1).join(""));
console.log(a.slice(NaN).join(""), a.slice(1.9, 3.9).join(""), a.slice(Infinity).length);
console.log(a.slice(-Infinity, 2).join(""), a.slice(2, -Infinity).length, a.slice(3, 1).length);
console.log(a.slice("1", "2").join(""), a.slice(undefined, undefined).join(""));
console.log(a.slice(0, null).length, a.slice(null).length);
var h = [1, , 3];
var s = h.slice();
console.log(s.length, 1 in s);
console.log(Array.prototype.slice.call("hello", 1, 3).join(""));
console.log(Array.prototype.slice.call({ length: 2, 0: "x", 1: "y" }).join(""));
console.log(Array.prototype.slice.length);
