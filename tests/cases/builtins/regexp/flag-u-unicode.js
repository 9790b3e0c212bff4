// The u flag: code points, \u{...}, surrogate pairs as one character and stricter syntax.
var smile = "\ud83d\ude00";
console.log(/^.$/.test(smile), /^.$/u.test(smile), smile.match(/./gu).length, smile.match(/./g).length);
console.log(/\u{1F600}/u.test(smile), /\u{61}/.test("a"), /\u{2}/.test("uu"), /[\u{1F600}-\u{1F64F}]/u.test(smile));
console.log(/\ud83d/.test(smile), /\ud83d/u.test(smile), /^[^x]$/u.test(smile));
console.log(smile.replace(/(?:)/gu, "|"), smile.replace(/(?:)/g, "|").length);
console.log(JSON.stringify("a\ud83d\ude00b".split(/(?:)/u)), "a\ud83d\ude00b".split("").length);
var errs = ["\\-", "\\a", "{", "a{1", "\\u{110000}", "[\\w-a]", "(?<=a)+"];
for (var i = 0; i < errs.length; i++) {
  try { new RegExp(errs[i], "u"); console.log(errs[i], "ok"); } catch (e) { console.log(errs[i], e.name + ": " + e.message); }
}
