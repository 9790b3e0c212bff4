// replace on empty strings, at the end and with replacement strings built from the match.
console.log(JSON.stringify("".replace(/^/, "x")), JSON.stringify("".replace(/a/, "x")), JSON.stringify("".replace("", "y")));
console.log("abc".replace("", "_"), "abc".replaceAll("", "_"), "aaa".replace(/a*/, "<$&>"), "aaa".replace(/a*?/g, "-"));
console.log("one two".replace(/(\w+) (\w+)/, "$2 $1 $$ $"), "price: 10".replace(/\d+/, function (n) { return n * 2; }));
console.log("x".replace(/x/, "$`$'$&"), "abc".replace(/b/, "$'$`"), "tEsT".replace(/[a-z]/g, function (c) { return c.toUpperCase(); }));
