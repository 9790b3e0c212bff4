// substr (Annex B) takes a start, negative from the end, and a length.
var s = "abcdef";
console.log(s.substr(1, 2), s.substr(-2), s.substr(-2, 1), s.substr(2), s.substr(0, 0) === "");
console.log(s.substr(1, -1) === "", s.substr(-100, 2), s.substr(NaN, 2), s.substr(3, NaN) === "");
console.log(s.substr(1, Infinity), s.substr(6) === "", s.substr(1.5, 2.5), s.substr(undefined, 2));
console.log(String.prototype.substr.call(1234, 1, 2), String.prototype.substr.length);
