// length and indexed access on strings; strings are immutable.
var s = "hello";
console.log(s.length, s[0], s[4], s[5], s[-1]);
s[0] = "J";
console.log(s);
s.length = 2;
console.log(s.length);
console.log("".length, " ".length, "\n".length);
console.log(s["1"], s[1.0], s["01"]);
console.log("abc".length + "de".length, ("abc" + "de").length);
var str = new String("xyz");
console.log(str.length, str[1], Object.keys(str).join(","));
console.log(2 in str, 3 in str, "length" in str);
