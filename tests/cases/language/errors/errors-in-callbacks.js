// Exceptions thrown inside array callbacks stop the iteration and reach the caller.
var visited = [];
try {
  [1, 2, 3, 4].forEach(function (v) {
    visited.push(v);
    if (v === 2) throw new Error("stop at " + v);
  });
} catch (e) {
  console.log(e.message, visited.join(","));
}
var sorted = [3, 1, 2];
try {
  sorted.sort(function (a, b) { if (a === 2 || b === 2) throw "comparator failed"; return a - b; });
} catch (e) {
  console.log(e, sorted.length);
}
try {
  JSON.parse('{"a":1}', function (k, v) { if (k === "a") throw new TypeError("reviver"); return v; });
} catch (e) {
  console.log(e.name, e.message);
}
try {
  [1].map(function () { return undefinedInCallback; });
} catch (e) {
  console.log(e.name);
}
