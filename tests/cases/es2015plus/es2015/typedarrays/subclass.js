class Vec extends Float64Array {
  sum() { return this.reduce(function (a, b) { return a + b; }, 0); }
}
var v = new Vec([1, 2, 3.5]);
console.log(v.sum(), v.length, Object.getPrototypeOf(Vec) === Float64Array);
console.log(v);
