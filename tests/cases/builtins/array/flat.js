// flat flattens to a depth, dropping holes.
var a = [1, [2, [3, [4]]], , 5];
console.log(a.flat().length, a.flat().join("|"));
console.log(a.flat(2).length, a.flat(Infinity).length, a.flat(0).length);
console.log(a.flat(-1).length, a.flat("2").length);
console.log([[]].flat().length, [[, 1]].flat().length);
var like = { length: 1, 0: [1, 2] };
console.log(Array.prototype.flat.call(like).join(","));
var spreadable = { length: 1, 0: "s" };
console.log([[1], spreadable].flat().length);
console.log(Array.prototype.flat.length, Array.prototype[Symbol.unscopables].flat);
