// Trig identities and symmetries on exact inputs.
var xs = [0.1, 0.5, 1, 2, -0.7];
xs.forEach(function (x) {
  var s = Math.sin(x), c = Math.cos(x);
  console.log(x, Math.abs(s * s + c * c - 1) < 1e-15, Math.sin(-x) === -s, Math.cos(-x) === c, Math.abs(Math.tan(x) - s / c) < 1e-14);
});
console.log(Math.asin(Math.sin(0.5)), Math.acos(Math.cos(0.5)), Math.atan(Math.tan(0.5)));
