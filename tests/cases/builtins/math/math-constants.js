// Math's constants: values and read-only, non-enumerable descriptors.
console.log(Math.PI, Math.E, Math.LN2, Math.LN10);
console.log(Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
var names = ["PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(Math, names[i]);
  console.log(names[i], d.writable, d.enumerable, d.configurable);
}
Math.PI = 3;
console.log(Math.PI, delete Math.PI, Math.PI);
console.log(Object.prototype.toString.call(Math), String(Math), typeof Math);
console.log(Object.keys(Math).length, Math[Symbol.toStringTag]);
