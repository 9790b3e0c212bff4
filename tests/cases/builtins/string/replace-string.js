// replace with a string pattern replaces the first occurrence and expands $ patterns.
console.log("aaa".replace("a", "b"), "abc".replace("x", "y"), "abc".replace("", "_"));
console.log("abc".replace("b", "[$&]"), "abc".replace("b", "[$`]"), "abc".replace("b", "[$']"));
console.log("abc".replace("b", "$$"), "abc".replace("b", "$1"), "abc".replace("b", "$"));
console.log("abc".replace("b", function (m, off, str) { return m.toUpperCase() + off + str; }));
console.log("a.b".replace(".", "!"), "1+1".replace("+", "-"), "x".replace("x", undefined));
console.log("null".replace(null, "N"), "12".replace(1, 3));
console.log(String.prototype.replace.length);
