// reverse mutates; concat and slice return new arrays.
var a = [1, 2, 3];
var r = a.reverse();
console.log(r === a, a.join(","));
var b = a.concat(4, [5, 6], [[7]]);
console.log(b.length, b.join(","), a.length);
console.log(a.concat().join(), a.concat() === a);
var c = [1, 2, 3, 4, 5];
console.log(c.slice(1, 3).join(), c.slice(-2).join(), c.slice(3, 1).length, c.slice().join());
console.log(c.slice(-10, 2).join(), c.slice("1", "2").join(), c.slice(2, undefined).join());
var holes = [1, , 3];
holes.reverse();
console.log(holes.length, 1 in holes, holes[0], holes[2]);
console.log(Array.prototype.slice.call({ length: 2, 0: "x", 1: "y" }).join(""));
