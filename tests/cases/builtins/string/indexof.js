// indexOf converts the search to a string and clamps the position.
var s = "abcabc";
console.log(s.indexOf("c"), s.indexOf("c", 3), s.indexOf("c", -5), s.indexOf("c", 99), s.indexOf("z"));
console.log(s.indexOf(""), s.indexOf("", 3), s.indexOf("", 99), "".indexOf(""));
console.log("a1b".indexOf(1), "null".indexOf(null), "undefined".indexOf(), "xtrue".indexOf(true));
console.log(s.indexOf("b", NaN), s.indexOf("b", 1.9), s.indexOf("b", "2"));
console.log(String.prototype.indexOf.call(12321, 2), String.prototype.indexOf.length);
