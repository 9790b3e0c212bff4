// Word frequencies with toLowerCase, match with a Unicode-aware regex, sort with tie-breaking and toFixed.
var text = 'The quick brown fox jumps over the lazy dog. The dog barks; the fox runs! Über-fox? über fox.';
var words = text.toLowerCase().match(/[a-zà-ÿ]+/g);
var counts = {};
words.forEach(function (w) { counts[w] = (counts[w] || 0) + 1; });
var ranked = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0); });
console.log(words.length, ranked.length);
ranked.slice(0, 6).forEach(function (w) { console.log((w + '          ').slice(0, 8) + String(counts[w]).padStart(3) + '  ' + (100 * counts[w] / words.length).toFixed(1) + '%'); });
console.log(ranked.filter(function (w) { return w.length > 4; }).join(','));
var longest = words.reduce(function (a, b) { return b.length > a.length ? b : a; });
console.log(longest, longest.length, words.lastIndexOf('the'), words.indexOf('fox', 4));
