// RegExp(pattern, flags): strings, regexps, flag overrides and identity without new.
var re = /ab/g;
console.log(RegExp(re) === re, new RegExp(re) === re, RegExp(re, "i") === re, new RegExp(re, "i").flags);
console.log(new RegExp(re).lastIndex, new RegExp("a+", "gi").test("AA"), String(new RegExp()), String(RegExp(undefined)));
console.log(String(new RegExp(null)), String(new RegExp(123, "g")), String(new RegExp({ toString: function () { return "o"; } })));
console.log(String(RegExp("a", undefined)), String(new RegExp(/x/y, undefined)), String(new RegExp(/x/y, "")));
var errs = [["a", "gg"], ["a", "z"], ["(", ""], ["[", ""], ["a**", ""], ["\\", ""], ["(?<a>x)(?<a>y)", ""], ["a{2,1}", ""], ["(?<1a>x)", ""]];
for (var i = 0; i < errs.length; i++) {
  try { new RegExp(errs[i][0], errs[i][1]); console.log("ok"); } catch (e) { console.log(e.name + ": " + e.message); }
}
console.log(RegExp.length, RegExp.name, RegExp.prototype.constructor === RegExp, RegExp[Symbol.species] === RegExp);
