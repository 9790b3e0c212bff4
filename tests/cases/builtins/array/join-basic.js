// join converts elements to strings, with null and undefined as empty strings.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "));
console.log([null, undefined, 1].join(","), [, , 1].join("."));
console.log([].join(), [[1, 2], [3]].join(";"), [{}].join());
console.log([1, 2].join(undefined), [1, 2].join(null), [1, 2].join(0));
console.log(["a"].join("xyz"), Array(4).join("ab"));
var o = { toString: function () { return "T"; } };
console.log([o, o].join("+"));
console.log(Array.prototype.join.call({ length: 3, 0: "x", 2: "z" }, "/"));
console.log(Array.prototype.join.call("abc", "-"));
console.log(Array.prototype.join.length, [true, false, -0, NaN].join());
