// toPrecision on values whose decimal expansion is just above or below a half.
var values = [1.005, 1.45, 2.5, 0.35, 1234.5, 1.0000000000000002, 0.1, 1 / 3, 2 / 3, 9.95, 99.95, 0.000999];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(v.toPrecision(1), v.toPrecision(2), v.toPrecision(3), v.toPrecision(17));
}
console.log((123456789).toPrecision(3), (987654321).toPrecision(1), (999999).toPrecision(3));
console.log((0.1).toPrecision(21), (0.1).toPrecision(25));
