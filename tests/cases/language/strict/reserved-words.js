// Future reserved words in strict mode cannot be identifiers; in sloppy mode they can.
var words = ["implements", "interface", "package", "private", "protected", "public", "static", "yield", "let"];
for (var i = 0; i < words.length; i++) {
  var sloppy, strict;
  try { Function("var " + words[i] + " = 1; return " + words[i])(); sloppy = "ok"; } catch (e) { sloppy = e.name; }
  try { Function("'use strict'; var " + words[i] + " = 1;"); strict = "ok"; } catch (e) { strict = e.name; }
  console.log(words[i], sloppy, strict);
}
var o = { public: 1, static: 2 };
console.log(o.public + o.static);
