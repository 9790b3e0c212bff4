// new RegExp(re) copies source and flags but starts with lastIndex 0; RegExp(re) may return re itself.
var re = /a+/gi;
re.lastIndex = 4;
var copy = new RegExp(re);
console.log(copy.source, copy.flags, copy.lastIndex, copy !== re);
console.log(RegExp(re) === re, RegExp(re, undefined) === re, RegExp(re, "g") === re);
var like = { constructor: RegExp, source: "zz", flags: "g", [Symbol.match]: true };
console.log(RegExp(like) === like, String(new RegExp(like)));
re.constructor = Object;
console.log(RegExp(re) === re);
