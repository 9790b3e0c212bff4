// The + operator over a table of operand types, printed with typeof and value.
var values = [1, "1", true, null, undefined, [], [2], {}, NaN];
var names = ["1", "'1'", "true", "null", "undefined", "[]", "[2]", "{}", "NaN"];
for (var i = 0; i < values.length; i++) {
  var row = [];
  for (var j = 0; j < values.length; j++) {
    var r = values[i] + values[j];
    row.push(typeof r === "string" ? JSON.stringify(r) : String(r));
  }
  console.log(names[i] + ": " + row.join(" "));
}
