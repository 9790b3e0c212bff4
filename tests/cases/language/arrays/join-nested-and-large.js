// join on large and nested arrays.
var big = [];
for (var i = 0; i < 1000; i++) big.push(i % 10);
var s = big.join("");
console.log(s.length, s.slice(0, 12), s.slice(-3));
var nested = [1, [2, [3, [4, [5]]]]];
console.log(nested.join("|"), nested.toString());
var words = ["alpha", "beta", "gamma"];
console.log(words.join(", "), words.join(""), words.join());
console.log([1, 2, 3].join(0), [1, 2, 3].join(true), [1, 2].join({ toString: function () { return "~"; } }));
var sparse = [];
sparse[5] = "end";
console.log(sparse.join("_"), sparse.join("").length);
