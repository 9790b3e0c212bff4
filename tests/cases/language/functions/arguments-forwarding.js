// Forwarding arguments with apply keeps count and values, including undefined holes.
function target() {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i]));
  return arguments.length + ":" + parts.join(",");
}
function forward() { return target.apply(this, arguments); }
console.log(forward(), forward(1), forward(1, undefined, 3));
function prepend(fn, first) {
  return function () {
    var args = [first].concat(Array.prototype.slice.call(arguments));
    return fn.apply(this, args);
  };
}
console.log(prepend(target, "head")("a", "b"));
function logger(name) {
  return function () {
    return name + "(" + Array.prototype.join.call(arguments, ", ") + ")";
  };
}
console.log(logger("f")(1, "two", null));
function variadicMax() { return Math.max.apply(null, arguments); }
console.log(variadicMax(4, 8, 2), variadicMax());
