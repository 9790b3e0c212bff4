// Math.fround rounds to the nearest float32, ties to even, and overflows to Infinity.
var vals = [1 + Math.pow(2, -24), 1 + Math.pow(2, -23), 1 + 3 * Math.pow(2, -24), 16777216, 16777217, 16777218, 16777219,
  3.4028234663852886e38, 3.4028235677973366e38, 3.402823567797337e38, Math.pow(2, -149), Math.pow(2, -150), Math.pow(2, -150) * 1.0001, 1.17549435e-38];
for (var i = 0; i < vals.length; i++) console.log(vals[i], Math.fround(vals[i]));
