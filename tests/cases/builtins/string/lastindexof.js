// lastIndexOf searches backwards; NaN positions mean the whole string.
var s = "canal";
console.log(s.lastIndexOf("a"), s.lastIndexOf("a", 2), s.lastIndexOf("a", 0), s.lastIndexOf("x"));
console.log(s.lastIndexOf("c", -5), s.lastIndexOf("c", 0), s.lastIndexOf(""), s.lastIndexOf("", 2));
console.log(s.lastIndexOf("a", NaN), s.lastIndexOf("a", Infinity), s.lastIndexOf("al", 3), s.lastIndexOf("al", 4));
console.log("aaa".lastIndexOf("aa"), String.prototype.lastIndexOf.length);
