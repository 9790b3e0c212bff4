// The arguments object: length counts passed arguments, not parameters.
function f(a, b) { return arguments.length + ":" + a + "," + b; }
console.log(f(), f(1), f(1, 2), f(1, 2, 3));
function sum() {
  var total = 0;
  for (var i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
console.log(sum(), sum(1, 2, 3, 4));
function kind() { return Object.prototype.toString.call(arguments) + " " + (arguments instanceof Array); }
console.log(kind());
function toArray() { return Array.prototype.slice.call(arguments); }
console.log(toArray(1, "a", null).join("|"));
function extra() { return arguments[5]; }
console.log(extra(1), extra(0, 1, 2, 3, 4, "sixth"));
function lengthWritable() { arguments.length = 10; return arguments.length; }
console.log(lengthWritable(1));
function typeofArgs() { return typeof arguments; }
console.log(typeofArgs());
