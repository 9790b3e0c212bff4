// eval reports syntax errors as catchable SyntaxError exceptions.
var sources = ["1 +", "var = 1", "function () {}", "if (", "}", "'unterminated", "return 1", "break;", "a b", "({a:1})", "/re/g"];
for (var i = 0; i < sources.length; i++) {
  try {
    var result = eval(sources[i]);
    console.log(JSON.stringify(sources[i]), "ok", typeof result);
  } catch (e) {
    console.log(JSON.stringify(sources[i]), e.name, e instanceof SyntaxError);
  }
}
