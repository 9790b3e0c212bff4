// Searching with loops, some and every; ES5 has no find so index is tracked by hand.
var nums = [4, 8, 15, 16, 23, 42];
function findIndex(arr, pred) {
  var found = -1;
  arr.some(function (v, i) { if (pred(v)) { found = i; return true; } return false; });
  return found;
}
console.log(findIndex(nums, function (n) { return n % 2; }), findIndex(nums, function (n) { return n > 100; }));
var visited = 0;
nums.every(function (n) { visited++; return n < 16; });
console.log(visited);
visited = 0;
nums.some(function (n) { visited++; return n === 16; });
console.log(visited);
console.log(nums.filter(function (n, i, arr) { return i === arr.length - 1; })[0]);
console.log([].every(function () { return false; }), [,].some(function () { return true; }));
