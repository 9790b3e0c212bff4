// indexOf uses strict equality and a clamped fromIndex.
var a = [1, 2, "2", NaN, -0, 2];
console.log(a.indexOf(2), a.indexOf("2"), a.indexOf(NaN), a.indexOf(0), a.indexOf(+0));
console.log(a.indexOf(2, 2), a.indexOf(2, -1), a.indexOf(2, -100), a.indexOf(2, 100));
console.log(a.indexOf(2, NaN), a.indexOf(2, 1.5), a.indexOf(2, "3"));
console.log([1, , 3].indexOf(undefined), [undefined].indexOf(undefined));
console.log(Array.prototype.indexOf.call("abcb", "b"), Array.prototype.indexOf.call({ length: 2, 1: "q" }, "q"));
var o = {};
console.log([o, {}].indexOf(o), [{}].indexOf({}));
console.log([].indexOf(), Array.prototype.indexOf.length);
