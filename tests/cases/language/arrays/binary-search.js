// Binary search on a sorted array, including absent values and boundaries.
function bsearch(arr, target) {
  var lo = 0, hi = arr.length - 1;
  while (lo <= hi) {
    var mid = (lo + hi) >>> 1;
    if (arr[mid] === target) return mid;
    if (arr[mid] < target) lo = mid + 1; else hi = mid - 1;
  }
  return -(lo + 1);
}
var sorted = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29];
var queries = [2, 29, 13, 1, 30, 12, 4];
for (var i = 0; i < queries.length; i++) console.log(queries[i], bsearch(sorted, queries[i]));
console.log(bsearch([], 5), bsearch([5], 5));
