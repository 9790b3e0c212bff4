// Number.prototype methods need a Number or Number wrapper as this.
function attempt(f) {
  try { return f(); } catch (e) { return e.name + ': ' + e.message; }
}
var P = Number.prototype;
console.log(attempt(function () { return P.toFixed.call("1.5", 1); }));
console.log(attempt(function () { return P.toFixed.call(new Number(1.25), 1); }));
console.log(attempt(function () { return P.toPrecision.call({}, 2); }));
console.log(attempt(function () { return P.toExponential.call(null, 2); }));
console.log(attempt(function () { return P.toString.call("5"); }));
console.log(attempt(function () { return P.valueOf.call(true); }));
console.log(attempt(function () { return P.valueOf.call(new Number(7)); }));
console.log(attempt(function () { return P.toLocaleString.call([]); }));
console.log(attempt(function () { return P.toString.call(Object(3), 2); }));
