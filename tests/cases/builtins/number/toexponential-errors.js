// toExponential's fractionDigits must be 0..100; NaN and Infinity are formatted first.
function attempt(v, d) {
  try { return v.toExponential(d); } catch (e) { return e.name + ': ' + e.message; }
}
console.log(attempt(1, -1));
console.log(attempt(1, 101));
console.log(attempt(1, 100).length);
console.log(attempt(NaN, -1), attempt(Infinity, 500), attempt(-Infinity, -2));
console.log(attempt(12.5, "1"), attempt(12.5, 0.9), attempt(12.5, undefined), attempt(12.5, null));
console.log((1).toExponential.length, (1).toExponential.name);
