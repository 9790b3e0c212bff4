// Calling an error constructor with new.target from a subclass uses the subclass prototype.
class Modern extends RangeError {}
var m = new Modern("x");
console.log(Object.getPrototypeOf(m) === Modern.prototype, m instanceof RangeError, m.name, m.constructor === Modern);
var viaCall = RangeError.call({ ignored: true }, "called");
console.log(viaCall instanceof RangeError, viaCall.message, viaCall.ignored);
var viaApply = TypeError.apply(null, ["applied"]);
console.log(viaApply.message, Object.getPrototypeOf(viaApply) === TypeError.prototype);
