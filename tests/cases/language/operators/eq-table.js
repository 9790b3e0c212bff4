// The == algorithm over a table of values, printed as a matrix of 1s and 0s.
var values = [undefined, null, true, false, 0, -0, 1, "", "0", "1", "true", NaN, [], [0], {}];
var names = ["undef", "null", "true", "false", "0", "-0", "1", "''", "'0'", "'1'", "'true'", "NaN", "[]", "[0]", "{}"];
for (var i = 0; i < values.length; i++) {
  var row = "";
  for (var j = 0; j < values.length; j++) {
    row += values[i] == values[j] ? "1" : "0";
  }
  console.log(row + " " + names[i]);
}
