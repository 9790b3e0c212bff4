// Number's constant properties, their values and descriptors.
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.EPSILON === Math.pow(2, -52), Number.MAX_SAFE_INTEGER === Math.pow(2, 53) - 1);
console.log(1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1);
var names = ["MAX_VALUE", "MIN_VALUE", "EPSILON", "NaN", "POSITIVE_INFINITY", "MAX_SAFE_INTEGER"];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(Number, names[i]);
  console.log(names[i], d.writable, d.enumerable, d.configurable);
}
Number.MAX_VALUE = 1;
console.log(Number.MAX_VALUE === 1.7976931348623157e308);
