// Property attributes of some built-in properties.
function show(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return k + ": none";
  return k + ": w=" + d.writable + " e=" + d.enumerable + " c=" + d.configurable;
}
console.log(show(Math, "PI"));
console.log(show(Math, "max"));
console.log(show([], "length"));
console.log(show("abc", "length"));
console.log(show("abc", "0"));
console.log(show(Object.prototype, "toString"));
console.log(show(function f(a) {}, "name"));
console.log(show(Number, "MAX_VALUE"));
console.log(show({ a: 1 }, "a"));
console.log(show(Array.prototype, "push"));
var g = (function () { return this; })();
console.log(show(g, "NaN"), show(g, "undefined"));
