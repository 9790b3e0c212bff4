// Radix strings parse back with parseInt for integers; fractions need their own reader.
var values = [0, 1, 7, 255, 4096, 123456789, Math.pow(2, 31), Math.pow(2, 52) + 1, Number.MAX_SAFE_INTEGER];
var radixes = [2, 3, 8, 16, 32, 36];
for (var i = 0; i < values.length; i++) {
  var ok = radixes.every(function (r) { return parseInt(values[i].toString(r), r) === values[i]; });
  console.log(values[i], ok, values[i].toString(36), values[i].toString(3));
}
function readFraction(s, r) { var p = s.split("."), v = parseInt(p[0], r), f = p[1] || ""; for (var k = 0; k < f.length; k++) v += parseInt(f[k], r) / Math.pow(r, k + 1); return v; }
console.log(readFraction((0.5).toString(2), 2), readFraction((0.75).toString(16), 16), readFraction((10.25).toString(8), 8));
