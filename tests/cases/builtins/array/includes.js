// includes uses SameValueZero, so NaN is found, and treats holes as undefined.
var a = [1, NaN, -0, "x"];
console.log(a.includes(NaN), a.includes(0), a.includes(+0), a.includes("x"), a.includes("1"));
console.log([1, , 3].includes(undefined), [1, 2, 3].includes(1, 1), [1, 2, 3].includes(3, -1));
console.log([1, 2, 3].includes(1, -100), [1, 2, 3].includes(3, 3), [].includes(undefined));
console.log(Array.prototype.includes.call("abc", "b"), Array.prototype.includes.call({ length: 1, 0: NaN }, NaN));
console.log(Array.prototype.includes.length, Array.prototype.includes.name);
console.log(Array.prototype[Symbol.unscopables].includes);
