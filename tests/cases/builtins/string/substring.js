// substring swaps its arguments and clamps negatives and NaN to zero.
var s = "abcdef";
console.log(s.substring(1, 3), s.substring(3, 1), s.substring(-2, 2), s.substring(NaN, 3));
console.log(s.substring(4), s.substring(4, -1), s.substring(10, 2), s.substring(2, Infinity));
console.log(s.substring(), s.substring(undefined, 2), s.substring(null, 2), s.substring(1.9, 3.1));
console.log(String.prototype.substring.call(true, 1), String.prototype.substring.length);
