// The native error constructors: names, prototype chains and shared behaviour.
var types = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
for (var i = 0; i < types.length; i++) {
  var T = types[i];
  var e = new T("m");
  console.log(T.name, T.length, e.name, e.message, e instanceof Error, Object.getPrototypeOf(T) === Error,
    Object.getPrototypeOf(T.prototype) === Error.prototype, T.prototype.name, Object.prototype.hasOwnProperty.call(T.prototype, "message"),
    JSON.stringify(T.prototype.message), String(e));
}
console.log(Object.prototype.toString.call(new TypeError()), Object.prototype.toString.call(TypeError.prototype));
console.log(TypeError("no new") instanceof TypeError, typeof AggregateError);
