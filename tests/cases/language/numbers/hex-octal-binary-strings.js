// Converting between bases with toString and parseInt.
var n = 3054;
var bases = [2, 3, 8, 10, 16, 36];
for (var i = 0; i < bases.length; i++) {
  var s = n.toString(bases[i]);
  console.log(bases[i], s, parseInt(s, bases[i]));
}
console.log(parseInt("7fffffff", 16), parseInt("80000000", 16), parseInt("ffffffffffff", 16));
console.log((-0x10).toString(16), (0.5).toString(16), (1 / 3).toString(3));
console.log(parseInt("Z", 36), parseInt("10", 36), (35).toString(36).toUpperCase());
console.log(parseInt("11", 2) + parseInt("11", 8) + parseInt("11", 16));
