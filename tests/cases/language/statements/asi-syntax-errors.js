// Places where ASI does not apply are syntax errors, checked through eval.
var sources = [
  "var a = 1 var b = 2",
  "throw\nnew Error('x')",
  "for (var i = 0\n i < 1\n i++) {}",
  "if (true) var x = 1 else var y = 2",
  "var z = 1\nvar w = 2",
  "do {} while (false) var q = 1",
  "a = 1\n++\nb"
];
for (var i = 0; i < sources.length; i++) {
  try {
    new Function(sources[i]);
    console.log("parses:", JSON.stringify(sources[i]));
  } catch (e) {
    console.log(e.name + ":", JSON.stringify(sources[i]));
  }
}
