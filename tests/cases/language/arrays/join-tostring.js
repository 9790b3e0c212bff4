// join converts null and undefined to empty strings and uses "," by default.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "));
console.log([null, undefined, 1].join(","), [, , ].join("+"));
console.log([[1, 2], [3]].join(";"), [{}].join(), [true, false].join());
console.log([1, 2].join(undefined), [1, 2].join(null));
console.log(String([1, [2, [3, [4]]]]), [] + "", [null] + "", [undefined] + "");
var cyclic = [1];
cyclic.push(cyclic);
console.log(cyclic.join("-"), String(cyclic));
console.log(Array.prototype.join.call({ length: 3, 0: "a", 2: "c" }, "/"));
console.log([0.1 + 0.2, -0, 1e21].join(" "));
