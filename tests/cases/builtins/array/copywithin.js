// copyWithin copies a range inside the array, handling overlap and negatives.
console.log([1, 2, 3, 4, 5].copyWithin(0, 3).join(","));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3, 4).join(","));
console.log([1, 2, 3, 4, 5].copyWithin(1, 0).join(","));
console.log([1, 2, 3, 4, 5].copyWithin(-2, -3, -1).join(","));
console.log([1, 2, 3, 4, 5].copyWithin(2, 0, 2).join(","));
var h = [1, , 3, 4].copyWithin(0, 1);
console.log(0 in h, h.join(","));
var o = { length: 5, 3: "d" };
Array.prototype.copyWithin.call(o, 0, 3);
console.log(o[0], 1 in o, o.length);
console.log(Array.prototype.copyWithin.length, [1, 2].copyWithin(NaN, 1).join(","));
