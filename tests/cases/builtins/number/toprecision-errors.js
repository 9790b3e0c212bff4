// toPrecision's RangeError for precision outside 1..100, checked after NaN/Infinity.
function attempt(v, p) {
  try { return v.toPrecision(p); } catch (e) { return e.name + ': ' + e.message; }
}
console.log(attempt(1, 0));
console.log(attempt(1, 101));
console.log(attempt(1, -5));
console.log(attempt(NaN, 0), attempt(Infinity, 1000));
console.log(attempt(1.5, "3"), attempt(1.5, 2.99), attempt(1.5, null === null ? 1 : 2));
console.log(attempt(123, 1.9), attempt(0.5, 1));
console.log((1).toPrecision.length);
