// toFixed's fractionDigits argument: ToIntegerOrInfinity, the 0..100 range and RangeError.
function attempt(v, d) {
  try { return v.toFixed(d); } catch (e) { return e.name + ': ' + e.message; }
}
console.log(attempt(1.5, "2"), attempt(1.5, 2.9), attempt(1.5, -0.5), attempt(1.5, undefined));
console.log(attempt(1.5, null), attempt(1.5, true), attempt(1.5, NaN), attempt(1.5, "x"));
console.log(attempt(1.5, 100).length);
console.log(attempt(1.5, 101));
console.log(attempt(1.5, -1));
console.log(attempt(1.5, Infinity));
console.log(attempt(NaN, 101));
console.log((1).toFixed.length, (1).toFixed.name);
