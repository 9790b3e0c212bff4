// The Array constructor: a single number sets the length, invalid lengths throw RangeError.
console.log(new Array(4).length, Array(0).length, new Array("4").length);
console.log(new Array(2, 3).length, Array(7)[0] === undefined, 0 in Array(3));
var messages = [-1, 1.5, 4294967296, NaN, Infinity];
for (var i = 0; i < messages.length; i++) {
  try { new Array(messages[i]); console.log("no error"); }
  catch (e) { console.log(e instanceof RangeError, e.message); }
}
console.log(new Array(4294967295).length);
console.log(Array.length, Array.name, typeof Array.prototype);
console.log(Array.prototype.constructor === Array, Array.isArray(Array.prototype));
