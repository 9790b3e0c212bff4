// Built-in globals are writable and configurable but not enumerable; constants are fixed.
var g = (function () { return this; })();
function attrs(name) {
  var d = Object.getOwnPropertyDescriptor(g, name);
  return name + " " + [d.writable, d.enumerable, d.configurable].join(" ");
}
console.log(attrs("Object"));
console.log(attrs("Math"));
console.log(attrs("parseInt"));
console.log(attrs("NaN"));
console.log(attrs("Infinity"));
console.log(attrs("undefined"));
var enumerableBuiltins = ["Object", "Array", "Math", "JSON", "parseInt"].filter(function (n) { return g.propertyIsEnumerable(n); });
console.log(enumerableBuiltins.length);
