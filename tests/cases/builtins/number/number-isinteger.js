// Number.isInteger and Number.isSafeInteger do not convert their argument.
var values = [0, -0, 1, -1, 1.5, 1e300, Math.pow(2, 53), Math.pow(2, 53) - 1, -(Math.pow(2, 53) - 1),
  Math.pow(2, 53) + 2, 5e-324, NaN, Infinity, -Infinity, "5", null, true, [], new Number(5)];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(String(v), typeof v, Number.isInteger(v), Number.isSafeInteger(v));
}
console.log(Number.isInteger(), Number.isSafeInteger(), Number.isInteger.length);
console.log(Number.isInteger(4.000000000000001), Number.isInteger(4.0000000000000001));
