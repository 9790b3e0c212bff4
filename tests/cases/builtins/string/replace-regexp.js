// replace with regular expressions: global flag, captures, named groups, functions.
console.log("a-b-c".replace(/-/g, "+"), "a-b-c".replace(/-/, "+"));
console.log("John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"), "ab".replace(/(a)(b)/, "$2$1$3$0"));
console.log("2024-01-05".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y>"));
console.log("aaa".replace(/a/g, function (m, i) { return i; }), "x".replace(/(y)?x/, "[$1]"));
var args = [];
"abc".replace(/(b)(z)?/, function () { args = Array.prototype.slice.call(arguments); return ""; });
console.log(args.length, args[1], args[2], args[3], args[4]);
console.log("aaa".replace(/a*?/g, "-"), "abc".replace(/$/, "!"), "abc".replace(/^/g, ">"));
var re = /o/g;
re.lastIndex = 5;
console.log("foo boo".replace(re, "0"), re.lastIndex);
