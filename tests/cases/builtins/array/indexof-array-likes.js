// indexOf and includes over strings, arguments and typed arrays via call.
console.log(Array.prototype.indexOf.call("hello", "l"), Array.prototype.includes.call("hello", "z"));
(function () { console.log(Array.prototype.indexOf.call(arguments, 2), Array.prototype.includes.call(arguments, 3)); })(1, 2, 3);
var ta = new Int8Array([5, 6, 7]);
console.log(Array.prototype.indexOf.call(ta, 6), Array.prototype.lastIndexOf.call(ta, 5));
console.log(Array.prototype.join.call(ta, "-"), Array.prototype.map.call(ta, function (x) { return x * 2; }).join(","));
