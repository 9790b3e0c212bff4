// Shift counts are masked to five bits after ToUint32, including negatives and fractions.
var counts = [0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 1.9, "2", NaN, Infinity];
var out = [];
for (var i = 0; i < counts.length; i++) {
  out.push(String(counts[i]) + ":" + (1 << counts[i]) + "/" + (-2147483648 >> counts[i]) + "/" + (-1 >>> counts[i]));
}
console.log(out.join("\n"));
console.log(1 << 0x20, 1 << 0x21, 8 >> 0x22, 8 >>> 0x23);
console.log(-1 << 31, (-1 << 31) >>> 0, 1 << 31 >> 31, 1 << 31 >>> 31);
console.log(0xff >> 4, 0xff >>> 4, -0xff >> 4, -0xff >>> 28);
