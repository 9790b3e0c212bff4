// toPrecision(p) and toExponential(p - 1) share digits; they differ only in notation.
var values = [123.456, 0.00012345, 98765.4321, 1, 0.5, 1e21, 1e-7, 6.02214076e23];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(v.toPrecision(4), v.toExponential(3), v.toPrecision(1), v.toExponential(0));
}
