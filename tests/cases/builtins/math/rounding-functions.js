// floor, ceil, round and trunc on halves, negatives, -0 and huge values.
var values = [2.5, 3.5, -2.5, -3.5, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994,
  1.4, -1.4, -0.2, 4503599627370495.5, 4503599627370497, 1e300, -0, NaN, -Infinity];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  var r = [Math.floor(v), Math.ceil(v), Math.round(v), Math.trunc(v)];
  console.log(v, r.join(" "), r.map(function (x) { return Object.is(x, -0) ? "-0" : "."; }).join(""));
}
console.log(Math.round("2.5"), Math.floor(null), Math.ceil(undefined), Math.trunc("-7.9"));
console.log(Math.round(-5e-324), Object.is(Math.round(-5e-324), -0), Math.ceil(-5e-324));
