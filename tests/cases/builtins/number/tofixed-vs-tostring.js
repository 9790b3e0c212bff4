// toFixed prints exact decimal expansions where toString prints the shortest round-trip digits.
var values = [0.1, 0.2, 0.3, 1.1, 2.675, 1e-5, 123.456, 5e-7];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(String(v), v.toFixed(20), v.toPrecision(21));
}
console.log((0.1).toFixed(30), (1 / 3).toFixed(40));
