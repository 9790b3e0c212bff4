// Finding all occurrences and counting substrings.
function countOccurrences(hay, needle) {
  var count = 0, pos = hay.indexOf(needle);
  while (pos !== -1) { count++; pos = hay.indexOf(needle, pos + needle.length); }
  return count;
}
console.log(countOccurrences("banana", "an"), countOccurrences("aaaa", "aa"), countOccurrences("abc", "d"));
function allPositions(hay, needle) {
  var out = [], pos = -1;
  while ((pos = hay.indexOf(needle, pos + 1)) !== -1) out.push(pos);
  return out.join(",");
}
console.log(allPositions("banana", "a"), allPositions("aaaa", "aa"));
function startsWith(s, p) { return s.slice(0, p.length) === p; }
function endsWith(s, p) { return p.length === 0 || s.slice(-p.length) === p; }
console.log(startsWith("prefix-body", "prefix"), startsWith("x", "xy"), endsWith("file.js", ".js"), endsWith("a", ""));
console.log("Hello World".split(" ").map(function (w) { return w.charAt(0); }).join(""));
