// replaceAll replaces every occurrence and requires global regular expressions.
console.log("a.b.c".replaceAll(".", "/"), "aaa".replaceAll("aa", "b"), "abc".replaceAll("", "-"));
console.log("x-y-z".replaceAll("-", "$&$&"), "abab".replaceAll("b", function (m, i) { return i; }));
console.log("a1b2".replaceAll(/\d/g, "#"));
try { "a1b2".replaceAll(/\d/, "#"); } catch (e) { console.log(e.name, e.message); }
console.log("abc".replaceAll("z", "y"), String.prototype.replaceAll.length);
console.log("nullnull".replaceAll(null, 0));
