// strings: building strings with += and with Array.prototype.join, reading them back with
// charCodeAt, charAt, indexOf, substring and split, and String.fromCharCode.
function hash(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000000007;
  return h;
}

function buildByConcat(n) {
  var s = '';
  for (var i = 0; i < n; i++) s += 'item' + i + ';';
  return s;
}

function buildByJoin(n) {
  var parts = [];
  for (var i = 0; i < n; i++) parts.push('k' + (i % 97) + '=' + i * 3);
  return parts.join('&');
}

// Caesar shift over letters, one character at a time.
function rot13(s) {
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) c = ((c - 97 + 13) % 26) + 97;
    else if (c >= 65 && c <= 90) c = ((c - 65 + 13) % 26) + 65;
    out += String.fromCharCode(c);
  }
  return out;
}

function countWords(text) {
  var words = text.split(' ');
  var counts = {};
  var distinct = 0;
  for (var i = 0; i < words.length; i++) {
    var w = words[i];
    if (counts.hasOwnProperty(w)) counts[w]++;
    else {
      counts[w] = 1;
      distinct++;
    }
  }
  return distinct * 1000 + counts.the;
}

function occurrences(haystack, needle) {
  var count = 0;
  var at = haystack.indexOf(needle);
  while (at !== -1) {
    count++;
    at = haystack.indexOf(needle, at + 1);
  }
  return count;
}

var sentence = 'The quick brown fox jumps over the lazy dog while the cat watches the birds';
var checksum = 0;
for (var round = 0; round < 24; round++) {
  var a = buildByConcat(6000);
  var b = buildByJoin(6000);
  var text = '';
  for (var i = 0; i < 300; i++) text += sentence + ' ' + (i % 10) + ' ';
  var rotated = rot13(text);
  var middle = a.substring(1000, 2000) + b.charAt(round * 7);
  checksum = (checksum * 13 + hash(a) + hash(b) + hash(rotated) + hash(middle) + countWords(text) + occurrences(a, 'item1') + a.length + b.length) % 1000000007;
}
console.log('strings ' + checksum);
