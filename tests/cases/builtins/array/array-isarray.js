// Array.isArray is true only for real arrays, not array-likes or typed arrays.
console.log(Array.isArray([]), Array.isArray(new Array(3)), Array.isArray(Array.prototype));
console.log(Array.isArray({ length: 0 }), Array.isArray("abc"), Array.isArray(null));
console.log(Array.isArray(new Uint8Array(2)), Array.isArray(arguments));
var sub = Object.create(Array.prototype);
console.log(Array.isArray(sub), sub instanceof Array);
console.log(Array.isArray(), Array.isArray(undefined), Array.isArray(Array));
console.log(Array.isArray.length, Array.isArray.name);
class MyArray extends Array {}
console.log(Array.isArray(new MyArray()), Array.isArray(Array.from.call(MyArray, [1])));
