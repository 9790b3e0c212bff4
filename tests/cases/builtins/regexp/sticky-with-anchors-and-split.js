// Sticky regexps with ^, alternation and a tokenizer loop that reports where it stopped.
var re = /foo|bar/y, s = "foobarbaz", parts = [];
while (re.lastIndex < s.length) {
  var start = re.lastIndex, m = re.exec(s);
  if (!m) { parts.push("stop@" + start); break; }
  parts.push(m[0]);
}
console.log(parts.join(","));
var caret = /^a/y;
caret.lastIndex = 1;
console.log(caret.test("aa"), caret.lastIndex);
var mcaret = /^a/my;
mcaret.lastIndex = 2;
console.log(mcaret.test("b\na"), mcaret.lastIndex);
