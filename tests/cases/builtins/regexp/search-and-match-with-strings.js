// String patterns given to match/search/matchAll become regexps; to replace/split they stay literal.
var s = "a.b*c";
console.log(s.search("."), s.match(".")[0], s.replace(".", "!"), s.split(".").length);
try { s.search("*"); } catch (e) { console.log(e.name + ": " + e.message); }
try { s.match("("); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(s.replace("*", "+"), s.split("*").join("|"), "a+b".replaceAll("+", "-"), "aaa".match("a{2}")[0]);
