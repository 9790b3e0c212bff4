// reduce builds objects, strings and nested structures.
var words = ["apple", "avocado", "banana", "blueberry", "cherry"];
var grouped = words.reduce(function (acc, w) { (acc[w[0]] = acc[w[0]] || []).push(w); return acc; }, {});
console.log(Object.keys(grouped).join(","), grouped.b.join("|"));
console.log([1, 2, 3, 4].reduce(function (a, b) { return a * b; }, 1), ["a", "b"].reduce(function (a, b) { return b + a; }, ""));
var max = [3, 9, 2].reduce(function (m, v) { return v > m ? v : m; }, -Infinity);
console.log(max, [[1, 2], [3]].reduce(function (a, b) { return a.concat(b); }).join(""));
console.log([1].reduce(function () { return "never"; }), [, 5].reduce(function () { return "never"; }));
