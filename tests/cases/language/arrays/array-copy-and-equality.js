// Arrays compare by identity; copies come from slice and concat.
var a = [1, 2, 3];
var b = a.slice();
var c = a;
console.log(a === b, a === c, a == b, String(a) === String(b));
b.push(4);
c.push(5);
console.log(a.join(","), b.join(","));
function arraysEqual(x, y) {
  if (x.length !== y.length) return false;
  for (var i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
console.log(arraysEqual([1, 2], [1, 2]), arraysEqual([1, 2], [2, 1]), arraysEqual([], []));
console.log([1, 2] == "1,2", [] == false, [0] == false, [1] == true);
var nestedCopy = [[1], [2]].slice();
nestedCopy[0].push("shared");
console.log(nestedCopy[0].join(","));
