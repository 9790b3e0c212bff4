// The comparator is called in the engine's order; the calls are logged for small inputs.
function trace(arr) {
  var calls = [];
  arr.sort(function (a, b) { calls.push(a + "" + b); return a - b; });
  return arr.join("") + " " + calls.join(",");
}
console.log(trace([3, 1, 2]));
console.log(trace([1, 2, 3, 4]));
console.log(trace([4, 3, 2, 1]));
console.log(trace([2, 5, 1, 4, 3]));
console.log(trace([5]));
console.log(trace([1, 1, 1]));
