// The === algorithm over a table of values, printed as a matrix of 1s and 0s.
var shared = {};
var values = [undefined, null, true, 1, 0, -0, NaN, "", "1", shared, shared, {}, Infinity];
for (var i = 0; i < values.length; i++) {
  var row = "";
  for (var j = 0; j < values.length; j++) {
    row += values[i] === values[j] ? "1" : "0";
    row += values[i] !== values[j] ? "" : "";
  }
  console.log(row);
}
console.log(values.length);
