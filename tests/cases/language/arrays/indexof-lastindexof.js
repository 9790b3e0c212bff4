// indexOf and lastIndexOf use === and support from-index arguments.
var a = [1, "1", NaN, 2, 1, undefined, null];
console.log(a.indexOf(1), a.indexOf("1"), a.indexOf(NaN), a.lastIndexOf(1));
console.log(a.indexOf(1, 1), a.indexOf(1, -3), a.lastIndexOf(1, 3), a.lastIndexOf(1, -4));
console.log(a.indexOf(undefined), a.indexOf(null), a.indexOf(3));
console.log([0].indexOf(-0), [-0].indexOf(0));
var o = {};
console.log([{}, o].indexOf(o), [{}].indexOf({}));
console.log([1, 2, 3].indexOf(3, 10), [1, 2, 3].lastIndexOf(1, -10));
console.log(Array.prototype.indexOf.call("hello", "l"), Array.prototype.indexOf.call({ length: 2, 1: "b" }, "b"));
