// Replacement functions receive the match, groups, offset and string (and groups object).
var log = [];
var out = "a1b2".replace(/([a-z])(\d)/g, function (match, p1, p2, offset, string) {
  log.push([match, p1, p2, offset, string, arguments.length].join("|"));
  return p2 + p1;
});
console.log(out);
console.log(log.join(" "));
console.log("abc".replace(/(x)?b/, function (m, p1) { return String(p1); }));
console.log("abc".replace("b", function (m, off, str) { return "[" + m + off + str + "]"; }));
console.log("aaa".replace(/a/g, function () { return "$&"; }), "x".replace(/x/, function () { return 42; }));
console.log("abc".replace(/b/, function () { return undefined; }), "abc".replace(/b/, function () { return { toString: function () { return "O"; } }; }));
var r = /a/g;
console.log("aaa".replace(r, function () { return r.lastIndex; }));
