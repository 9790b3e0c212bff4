// Word-wrapping and justifying text with split, reduce, repeat and trim.
var text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
function wrap(s, width) {
  return s.split(/\s+/).reduce(function (lines, word) {
    var last = lines[lines.length - 1];
    if (last.length && (last + ' ' + word).length > width) lines.push(word);
    else lines[lines.length - 1] = last ? last + ' ' + word : word;
    return lines;
  }, ['']);
}
function justify(line, width) {
  var words = line.split(' ');
  if (words.length === 1) return line;
  var gaps = words.length - 1, spaces = width - words.join('').length;
  return words.reduce(function (out, w, i) {
    if (i === 0) return w;
    var n = Math.floor(spaces / gaps) + (i <= spaces % gaps ? 1 : 0);
    return out + ' '.repeat(n) + w;
  }, '');
}
var lines = wrap(text, 30);
lines.forEach(function (l, i) { console.log('|' + (i < lines.length - 1 ? justify(l, 30) : l.padEnd(30)) + '|'); });
console.log(wrap('  leading and   trailing  '.trim(), 10).join('/'));
