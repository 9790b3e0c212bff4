// test, exec, match and search agree on where and whether a pattern matches.
var patterns = [/b+/, /^a/, /c$/, /(x)?y/, /\d{2}/];
var inputs = ["abbc", "aXc", "xy", "y", "a12"];
for (var i = 0; i < patterns.length; i++) {
  var row = inputs.map(function (s) {
    var m = patterns[i].exec(s);
    return [patterns[i].test(s), m ? m.index : -1, s.search(patterns[i])].join("/");
  });
  console.log(String(patterns[i]), row.join(" "));
}
