// String.prototype.match: non-global gives exec's result, global gives all matches or null.
var s = "The rain in Spain";
var one = s.match(/ain/);
console.log(one[0], one.index, one.length);
console.log(s.match(/ain/g).join(","), s.match(/xyz/g), s.match(/(a)(i)/g).join(","));
console.log(s.match("ai").index, s.match("a.n").length, s.match().length, JSON.stringify(s.match()));
console.log("a.b".match(".")[0], "1+1".match("1+1"), "x".match(null), "null".match(null)[0]);
console.log("".match(/^/g).length, "abc".match(/(?:)/g).length);
var re = /a/g;
re.lastIndex = 2;
console.log("aaa".match(re).length, re.lastIndex);
