// Math.abs and Math.sign on special values, strings and -0.
var values = [5, -5, 0, -0, NaN, Infinity, -Infinity, "-3", "", null, undefined, [], [-2], "x", 5e-324, -Number.MAX_VALUE];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  var a = Math.abs(v), s = Math.sign(v);
  console.log(JSON.stringify(v) || String(v), a, s, Object.is(a, -0), Object.is(s, -0));
}
console.log(Math.abs(), Math.sign(), Math.abs.length, Math.sign.length);
console.log(Math.abs(-2147483648), Math.abs(-9007199254740992));
