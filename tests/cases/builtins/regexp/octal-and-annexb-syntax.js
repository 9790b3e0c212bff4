// Annex B pattern syntax without u: lone brackets, invalid ranges made literal, legacy octal.
console.log(/]/.test("]"), /a{/.test("a{"), /x{1,2/.test("x{1,2"), /\c/.test("\\c"), /[\c]/.test("c"));
console.log(/\1(a)/.exec("a")[0], /(a)\2/.test("a\u0002"), /\011/.test("\t"), /\377/.test("\u00ff"), /\400/.test("\u00200"));
console.log(/[\d-a]/.test("-"), /\k/.test("k"), /\k<a/.test("k<a"), /(?=a)*/.test(""), /(?!a)+b/.test("b"));
var strict = ["]", "a{", "\\c", "\\1(a)", "\\011", "\\k"];
strict.forEach(function (p) { try { new RegExp(p, "u"); console.log(p, "ok"); } catch (e) { console.log(p, e.message); } });
