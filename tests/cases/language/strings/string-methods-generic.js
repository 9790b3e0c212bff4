// String methods called on non-strings convert this with ToString.
var proto = String.prototype;
console.log(proto.indexOf.call(12345, 3), proto.slice.call(true, 1));
console.log(proto.toUpperCase.call({ toString: function () { return "obj"; } }));
console.log(proto.split.call(1.5, ".").join("|"), proto.concat.call(1, 2, 3));
console.log(proto.charAt.call([1, 2], 1), proto.substring.call(null === null, 0, 2));
try { proto.slice.call(undefined, 0); } catch (e) { console.log(e.name); }
var arrayLike = { length: 2, 0: "x", 1: "y" };
console.log(Array.prototype.join.call(arrayLike, "+"));
console.log(Array.prototype.map.call("abc", function (c) { return c + c; }).join(""));
