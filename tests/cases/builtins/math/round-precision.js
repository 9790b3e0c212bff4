// Rounding to decimals with Math.round and scaling, and where it differs from toFixed.
function roundTo(x, d) { var f = Math.pow(10, d); return Math.round(x * f) / f; }
var values = [1.005, 2.345, 1.255, -1.005, 123.4550, 0.1 + 0.2, 1e-7, 9.995];
for (var i = 0; i < values.length; i++) {
  console.log(values[i], roundTo(values[i], 2), values[i].toFixed(2), Math.round(values[i] * 100));
}
console.log(Math.round(0.5), Math.round(1.5), Math.round(-0.5), Math.round(-1.5), Math.round(2.4999999999999996));
console.log(Math.round(Number.MAX_SAFE_INTEGER - 0.5), Math.round(9007199254740991), Math.round(-4503599627370495.5));
