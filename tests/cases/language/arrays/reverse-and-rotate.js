// In-place reversal and rotation with splice, unshift and push.
function rotate(a, k) {
  a = a.slice();
  k = ((k % a.length) + a.length) % a.length;
  return a.splice(a.length - k, k).concat(a);
}
console.log(rotate([1, 2, 3, 4, 5], 2).join(""), rotate([1, 2, 3, 4, 5], -1).join(""), rotate([1, 2, 3], 3).join(""));
var a = [1, 2, 3, 4];
a.unshift(a.pop());
console.log(a.join(""));
a.push(a.shift());
console.log(a.join(""));
function reverseInPlace(arr) {
  for (var i = 0, j = arr.length - 1; i < j; i++, j--) { var t = arr[i]; arr[i] = arr[j]; arr[j] = t; }
  return arr;
}
console.log(reverseInPlace([1, 2, 3, 4, 5]).join(""), reverseInPlace([]).length, reverseInPlace(["x"]).join(""));
