// The native error constructors and their prototype chain.
var types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (var i = 0; i < types.length; i++) {
  var err = new types[i]("m" + i);
  console.log(err.name, err.message, err instanceof types[i], err instanceof Error,
    Object.getPrototypeOf(types[i].prototype) === (i === 0 ? Object.prototype : Error.prototype));
}
console.log(new TypeError("x") instanceof RangeError);
console.log(TypeError.prototype.name, TypeError.prototype.message === "");
console.log(String(new RangeError("out of range")));
