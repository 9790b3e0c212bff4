// ES2015 integer helpers: trunc versus bitwise truncation on large and negative values.
var values = [4.7, -4.7, 2147483648.5, -2147483649.5, 1e20, -0.9, 0.9, 4294967296.5];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(v, Math.trunc(v), v | 0, ~~v, v >>> 0, Math.sign(v));
}
console.log(Object.is(Math.trunc(-0.9), -0), Object.is(-0.9 | 0, 0), Math.trunc(Infinity), Math.trunc(NaN));
