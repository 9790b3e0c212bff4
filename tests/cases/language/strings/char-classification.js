// Classifying characters by code ranges and comparisons.
function classify(ch) {
  if (ch >= "0" && ch <= "9") return "digit";
  if (ch >= "a" && ch <= "z") return "lower";
  if (ch >= "A" && ch <= "Z") return "upper";
  if (ch === " " || ch === "\t" || ch === "\n") return "space";
  if (ch.charCodeAt(0) > 127) return "non-ascii";
  return "other";
}
var text = "Hi 5\t\u00e9!";
var out = [];
for (var i = 0; i < text.length; i++) out.push(classify(text.charAt(i)));
console.log(out.join(","));
var counts = { digit: 0, lower: 0, upper: 0, space: 0, "non-ascii": 0, other: 0 };
var sample = "The year 2024 had 366 days!";
for (var j = 0; j < sample.length; j++) counts[classify(sample.charAt(j))]++;
console.log(JSON.stringify(counts));
