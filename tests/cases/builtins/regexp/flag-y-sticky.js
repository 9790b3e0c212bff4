// The y flag matches only at lastIndex and does not search forward.
var re = /a/y;
console.log(re.test("ba"), re.lastIndex);
re.lastIndex = 1;
console.log(re.test("ba"), re.lastIndex, re.test("ba"), re.lastIndex);
var tok = /\s*(\d+|[+*()-])/y, s = "12 + 3*(4 - 5)", out = [], m;
while ((m = tok.exec(s))) out.push(m[1]);
console.log(out.join("|"), tok.lastIndex);
console.log("aaba".replace(/a/gy, "x"), "aaba".match(/a/gy).join(","), "baa".replace(/a/y, "x"));
console.log(JSON.stringify("a,b".split(/,/y)), /^b/y.test("ab"), (function () { var r = /^b/my; r.lastIndex = 2; return r.test("a\nb"); })());
console.log(/a/y.sticky, /a/.sticky, /a/gy.flags, "xay".search(/a/y));
