// concat flattens array arguments one level and copies other values.
var a = [1, 2];
var c = a.concat(3, [4, 5], [[6]]);
console.log(c.length, c.join(","), Array.isArray(c[5]), a.length);
console.log([].concat().length, a.concat() !== a);
var h = [1, , 3].concat([, 5]);
console.log(h.length, 1 in h, 3 in h);
var like = { length: 2, 0: "x", 1: "y" };
var d = [].concat(like);
console.log(d.length, d[0] === like);
console.log(Array.prototype.concat.call("ab", "c").length);
var boxed = Array.prototype.concat.call(1, 2);
console.log(typeof boxed[0], boxed[0] instanceof Number, boxed[1]);
console.log(Array.prototype.concat.length);
