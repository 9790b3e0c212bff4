// slice with negative, NaN and out-of-order indexes.
var s = "abcdef";
console.log(s.slice(2), s.slice(-2), s.slice(1, 3), s.slice(1, -1), s.slice(-3, -1));
console.log(s.slice(3, 1) === "", s.slice(NaN, 2), s.slice(2, NaN) === "", s.slice(-100, 2));
console.log(s.slice(Infinity) === "", s.slice(0, Infinity), s.slice(1.5, 3.5), s.slice("2", "4"));
console.log(String.prototype.slice.call(12345, 1, 3), String.prototype.slice.length);
console.log("\uD83D\uDE00x".slice(1).length, "\uD83D\uDE00x".slice(0, 1).charCodeAt(0));
