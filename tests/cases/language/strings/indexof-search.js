// indexOf, lastIndexOf and friends on strings.
var s = "the cat sat on the mat";
console.log(s.indexOf("at"), s.indexOf("at", 6), s.indexOf("dog"), s.indexOf(""));
console.log(s.lastIndexOf("at"), s.lastIndexOf("at", 10), s.lastIndexOf("the"));
console.log(s.indexOf("the", -5), s.indexOf("", 100), s.lastIndexOf("", 3));
console.log("aaa".indexOf("aa", 1), "aaa".lastIndexOf("aa"));
console.log(s.search("sat"), s.search(/m.t/), s.search("zzz"));
console.log("abc".indexOf("c", "1"), "abc".indexOf(undefined), "undefined".indexOf());
console.log("Hello".indexOf("h"), "Hello".toLowerCase().indexOf("h"));
console.log("abcabc".indexOf("c", -100), "abcabc".lastIndexOf("c", 100), "abc".lastIndexOf("a", -5));
