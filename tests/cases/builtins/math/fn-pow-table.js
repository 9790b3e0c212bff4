// Math.pow over special bases and exponents (the spec's Number::exponentiate table).
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var bases = [0, -0, 1, -1, 2, -2, 0.5, -0.5, Infinity, -Infinity, NaN];
var exps = [0, -0, 1, -1, 2, 3, -3, 0.5, Infinity, -Infinity, NaN];
for (var i = 0; i < bases.length; i++) {
  var row = [];
  for (var j = 0; j < exps.length; j++) row.push(show(Math.pow(bases[i], exps[j])));
  console.log(show(bases[i]), row.join(" "));
}
