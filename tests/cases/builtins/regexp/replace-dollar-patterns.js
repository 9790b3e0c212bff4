// Replacement strings: $$ $& $` $' $1..$99, $0 and out-of-range group numbers stay literal.
var s = "John Smith";
console.log(s.replace(/(\w+)\s(\w+)/, "$2, $1"), s.replace(/o/, "[$&]"), s.replace(/Smith/, "[$`]"), s.replace(/John/, "[$']"));
console.log(s.replace(/(J)/, "$$1"), s.replace(/(J)/, "$0"), s.replace(/(J)/, "$2"), s.replace(/(J)/, "$01"), s.replace(/(J)/, "$10"));
console.log("abcdefghijkl".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, "$11-$10-$1$"), "x".replace(/x/, "$"));
console.log("abc".replace("b", "$&$&"), "abc".replace("b", "$`|$'"), "abc".replace("b", "$1"), "aaa".replace("a", "$$"));
console.log("abc".replace(/(?:)/g, "-"), "abc".replace(/(z)?b/, "[$1]"), "abc".replace(/b/g, "$<n>"));
console.log("a-b-c".replaceAll("-", "$&$&"), "a-b-c".replaceAll(/-/g, "+"));
try { "a".replaceAll(/a/, "b"); } catch (e) { console.log(e.name + ": " + e.message); }
