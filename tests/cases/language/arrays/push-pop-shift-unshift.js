// Stack and queue methods and their return values.
var a = [];
console.log(a.push(1), a.push(2, 3), a.join(","));
console.log(a.pop(), a.join(","), a.length);
console.log(a.unshift(0), a.unshift(-2, -1), a.join(","));
console.log(a.shift(), a.join(","));
var empty = [];
console.log(empty.pop(), empty.shift(), empty.length);
var sparse = [1, , 3];
console.log(sparse.shift(), 0 in sparse, sparse.length);
var obj = { length: 1, 0: "x" };
Array.prototype.push.call(obj, "y");
console.log(obj.length, obj[1]);
console.log(Array.prototype.pop.call({ length: 0 }), Array.prototype.pop.call({}));
