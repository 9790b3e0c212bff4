// toFixed rounds the exact binary value, so decimal "halves" often round down.
var values = [1.005, 1.045, 1.45, 8.345, 2.675, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 10.235];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(v, v.toFixed(0), v.toFixed(1), v.toFixed(2));
}
console.log((0.05).toFixed(1), (0.15).toFixed(1), (0.25).toFixed(1), (0.35).toFixed(1));
console.log((1.0000000000000002).toFixed(16), (4.35).toFixed(1), (1e-7).toFixed(7));
console.log((999.995).toFixed(2), (9.995).toFixed(2), (99.5).toFixed(0));
