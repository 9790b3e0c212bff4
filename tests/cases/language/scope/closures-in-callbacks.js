// Callbacks close over variables of the function that created them, not the caller.
function makeFilter(min) {
  return function (x) { return x >= min; };
}
function apply(list, pred) {
  var min = 1000;
  return list.filter(pred);
}
console.log(apply([1, 5, 10, 15], makeFilter(10)).join(","));
var prefix = "global:";
function labeler() {
  var prefix = "local:";
  return ["a", "b"].map(function (s) { return prefix + s; });
}
console.log(labeler().join(" "));
function counterEach(arr) {
  var total = 0;
  arr.forEach(function (v) { total += v; });
  return total;
}
console.log(counterEach([1, 2, 3, 4]));
