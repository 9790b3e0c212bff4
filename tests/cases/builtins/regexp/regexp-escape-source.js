// Building regexps from strings: escaping metacharacters by hand and new RegExp(source).
function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&"); }
var literal = "a.b*c+(d)?[e]{f}|g^h$i\\j/k";
var re = new RegExp(escapeRe(literal));
console.log(re.source);
console.log(re.test(literal), re.test("aXb"), new RegExp("^" + escapeRe("1+1=2") + "$").test("1+1=2"));
console.log(String(new RegExp(re.source, "g")), new RegExp(re).source === re.source);
console.log(new RegExp("\\/").source, new RegExp("/", "g").source, eval("/" + new RegExp("a/b").source + "/").test("a/b"));
