// lastIndexOf searches backwards from a fromIndex, negative counting from the end.
var a = [1, 2, 3, 2, 1];
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, 0), a.lastIndexOf(1, -1));
console.log(a.lastIndexOf(1, -2), a.lastIndexOf(1, -5), a.lastIndexOf(1, -6), a.lastIndexOf(3, 100));
console.log(a.lastIndexOf(2, NaN), a.lastIndexOf(1, undefined), a.lastIndexOf(1));
console.log([NaN].lastIndexOf(NaN), [-0].lastIndexOf(0), [, 1].lastIndexOf(undefined));
console.log(Array.prototype.lastIndexOf.call({ length: 3, 0: "a", 2: "a" }, "a"));
console.log(Array.prototype.lastIndexOf.length);
