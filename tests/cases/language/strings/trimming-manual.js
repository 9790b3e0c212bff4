// Manual trimming and whitespace classification compared with String.prototype.trim.
function isSpace(ch) { return " \t\n\r\v\f\u00a0\ufeff\u2028\u2029\u3000".indexOf(ch) !== -1; }
function manualTrim(s) {
  var start = 0, end = s.length;
  while (start < end && isSpace(s.charAt(start))) start++;
  while (end > start && isSpace(s.charAt(end - 1))) end--;
  return s.slice(start, end);
}
var samples = ["  a  ", "\t\nb\r\n", "\u00a0c\u3000", "no-trim", "   ", "", " inner  space "];
for (var i = 0; i < samples.length; i++) {
  console.log(JSON.stringify(manualTrim(samples[i])), manualTrim(samples[i]) === samples[i].trim());
}
