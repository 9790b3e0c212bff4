// toString's radix must be 2..36 after ToIntegerOrInfinity, else a RangeError.
function attempt(v, r) {
  try { return v.toString(r); } catch (e) { return e.name + ': ' + e.message; }
}
console.log(attempt(10, 1));
console.log(attempt(10, 37));
console.log(attempt(10, 0));
console.log(attempt(10, NaN));
console.log(attempt(10, Infinity));
console.log(attempt(10, 2.9), attempt(10, "16"), attempt(10, 36.5), attempt(10, null === null ? 8 : 9));
console.log(attempt(NaN, 99));
console.log((1).toString.length);
