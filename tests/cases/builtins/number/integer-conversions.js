// ToInt32 / ToUint32 / ToUint16 through bitwise ops, >>> and String.fromCharCode.
var values = [0, -0, 1.9, -1.9, 2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 1e21, NaN, Infinity, 2 ** 53 + 2];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(String(v), v | 0, v >>> 0, v << 1, v >> 1, String.fromCharCode(v).charCodeAt(0));
}
