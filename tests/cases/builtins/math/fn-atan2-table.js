// Math.atan2 over every pairing of signed zeros, ±1 and ±Infinity (the spec's case table).
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var vals = [0, -0, 1, -1, Infinity, -Infinity, NaN];
for (var i = 0; i < vals.length; i++) {
  var row = [];
  for (var j = 0; j < vals.length; j++) row.push(show(Math.atan2(vals[i], vals[j])));
  console.log(show(vals[i]), row.join(" "));
}
