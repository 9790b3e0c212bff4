// Walking strings by index, counting characters and words.
var text = "the rain in spain stays mainly in the plain";
var counts = {};
for (var i = 0; i < text.length; i++) {
  var ch = text.charAt(i);
  if (ch === " ") continue;
  counts[ch] = (counts[ch] || 0) + 1;
}
var letters = Object.keys(counts).sort();
var out = "";
for (var j = 0; j < letters.length; j++) out += letters[j] + counts[letters[j]];
console.log(out);
var words = text.split(" ");
var longest = "";
for (var k = 0; k < words.length; k++) if (words[k].length > longest.length) longest = words[k];
console.log(words.length, longest);
var vowels = text.replace(/[^aeiou]/g, "").length;
console.log(vowels);
