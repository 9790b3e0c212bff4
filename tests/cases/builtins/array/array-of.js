// Array.of makes an array of its arguments, whatever their number or type.
console.log(Array.of(7).length, Array.of(7)[0]);
console.log(Array.of(1, 2, 3).join(","), Array.of().length);
console.log(Array.of(undefined).length, Array.of("a", null).join("|"));
console.log(Array.of.length, Array.of.name);
function Box(n) { this.made = n; }
var b = Array.of.call(Box, "x", "y");
console.log(b instanceof Box, b.made, b.length, b[0], b[1]);
var plain = Array.of.call(null, 1, 2);
console.log(Array.isArray(plain), plain.length);
