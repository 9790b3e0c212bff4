// The @@match/@@replace/@@search/@@split methods, used by String methods, can be called directly.
var re = /(\d)/g;
console.log(JSON.stringify(re[Symbol.match]("a1b2")), re[Symbol.replace]("a1b2", "<$1>"), re[Symbol.search]("ab3"));
console.log(JSON.stringify(re[Symbol.split]("a1b2c")), JSON.stringify(/-/[Symbol.split]("a-b-c", 2)));
console.log(RegExp.prototype[Symbol.match].name, RegExp.prototype[Symbol.replace].length, RegExp.prototype[Symbol.split].length);
var fake = { [Symbol.replace]: function (s, r) { return s + "|" + r; } };
console.log("abc".replace(fake, "R"), "abc".replaceAll(fake, "Q"));
var notRegExp = { [Symbol.match]: false, toString: function () { return "x.y"; } };
console.log("ax.y".startsWith(notRegExp), "x.y".includes(notRegExp));
try { "abc".startsWith(/a/); } catch (e) { console.log(e.name + ": " + e.message); }
var faux = /a/;
faux[Symbol.match] = false;
console.log("/a/".includes(faux), "/a/".endsWith(faux));
