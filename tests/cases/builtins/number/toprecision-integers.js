// toPrecision on integers: exponential form once the precision is below the digit count.
var values = [1, 12, 123, 1234, 12345, 99999, 100000, 123456789];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(v, v.toPrecision(1), v.toPrecision(3), v.toPrecision(5), v.toPrecision(9));
}
