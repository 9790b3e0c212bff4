// concat flattens one level of array arguments and copies holes as holes.
var a = [1, 2];
console.log(a.concat(3, [4, 5], [[6, 7]]).length, JSON.stringify(a.concat(3, [4, 5], [[6, 7]])));
console.log(a.concat().join(), a.concat([]).join(), [].concat(a, a).join());
var holey = [1, , 3];
var c = holey.concat([4, , 6]);
console.log(c.length, 1 in c, 4 in c);
var arrayLike = { length: 2, 0: "x", 1: "y" };
console.log([].concat(arrayLike).length, [].concat("str").length);
console.log([].concat(null, undefined).length, String([].concat(null, undefined)));
var nested = [[1], [2]];
var flat = [].concat.apply([], nested);
console.log(flat.join(","), flat.length);
