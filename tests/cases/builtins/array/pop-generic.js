// pop removes the last element; on array-likes it deletes and updates length.
var a = [1, 2, 3];
console.log(a.pop(), a.length, a.join(","));
console.log([].pop(), [, ].pop());
var o = { 0: "a", 1: "b", length: 2 };
console.log(Array.prototype.pop.call(o), o.length, 1 in o);
var e = {};
console.log(Array.prototype.pop.call(e), e.length);
var neg = { length: -3 };
console.log(Array.prototype.pop.call(neg), neg.length);
var sparse = [1, , 3];
sparse.pop();
console.log(sparse.length, sparse.pop(), sparse.length);
