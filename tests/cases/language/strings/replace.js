// replace with strings, regular expressions, special patterns and functions.
console.log("aaa".replace("a", "b"), "aaa".replace(/a/g, "b"));
console.log("John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log("price: 10".replace("10", "$$20"), "abc".replace("b", "[$&]"));
console.log("abc".replace("b", "$`|$'"));
console.log("a1b22c333".replace(/\d+/g, function (m) { return "<" + m.length + ">"; }));
console.log("x-y-z".replace(/-(\w)/g, function (m, c, offset) { return c.toUpperCase() + offset; }));
console.log("Hello".replace(/l/gi, "L"), "hello".replace(/^h/, "J"));
console.log("abc".replace(/(z)?b/, "[$1]"), "aaa".replace(/a*?/g, "-"));
console.log("$1".replace("$1", "$1x"), "a.b.c".replace(".", "!"));
