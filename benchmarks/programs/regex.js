// regex: regular expressions over generated text: tokenising with a global exec loop,
// replace with strings and with a function, split on a pattern, test and match with
// captures, case-insensitive and anchored patterns; prints a checksum of the results.
var seed = 2024;
function random() {
  seed = (seed * 16807) % 2147483647; // Park-Miller: exact in doubles, no ToInt32 on large values
  return seed;
}

var words = ['alpha', 'Beta', 'gamma', 'DELTA', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
function makeText(lines) {
  var out = [];
  for (var i = 0; i < lines; i++) {
    var parts = [];
    for (var k = 0; k < 12; k++) {
      var r = random() % 10;
      if (r < 6) parts.push(words[random() % words.length]);
      else if (r < 8) parts.push(String(random() % 10000));
      else if (r < 9) parts.push('user' + (random() % 100) + '@host' + (random() % 10) + '.example.com');
      else parts.push((random() % 256) + '.' + (random() % 256) + '.' + (random() % 256) + '.' + (random() % 256));
    }
    out.push(parts.join(random() % 3 === 0 ? ', ' : ' ') + (random() % 2 ? '.' : ';'));
  }
  return out.join('\n');
}

function mix(h, v) {
  return (h * 31 + v) % 1000000007;
}

function tokenize(text) {
  var re = /([A-Za-z]+)|(\d+(?:\.\d+)*)|([@.,;])|(\s+)/g;
  var m, counts = [0, 0, 0, 0, 0];
  while ((m = re.exec(text)) !== null) {
    for (var g = 1; g <= 4; g++) if (m[g] !== undefined) { counts[g]++; break; }
  }
  return counts[1] * 7 + counts[2] * 11 + counts[3] * 13 + counts[4];
}

function hash(s) {
  var h = 0;
  for (var i = 0; i < s.length; i += 3) h = mix(h, s.charCodeAt(i));
  return h;
}

var checksum = 0;
for (var round = 0; round < 2; round++) {
  var text = makeText(2500);
  checksum = mix(checksum, tokenize(text));

  var emails = text.match(/\b[a-z]+\d+@[a-z]+\d\.example\.com\b/g) || [];
  var ips = text.match(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g) || [];
  checksum = mix(checksum, emails.length * 1000 + ips.length);

  var masked = text.replace(/\d/g, '#');
  var upperGreek = text.replace(/\b(alpha|beta|gamma|delta)\b/gi, function (w) { return w.toUpperCase() + w.length; });
  var swapped = text.replace(/(\w+)@(\w+)/g, '$2 at $1');
  checksum = mix(checksum, hash(masked) + hash(upperGreek) * 3 + hash(swapped) * 7);

  var lines = text.split(/\n/);
  var fields = 0, matching = 0, trailing = 0;
  for (var i = 0; i < lines.length; i++) {
    fields += lines[i].split(/[,;\s]+/).length;
    if (/^(alpha|Beta|gamma)\b/.test(lines[i])) matching++;
    var tail = /(\w+)[.;]$/.exec(lines[i]);
    if (tail) trailing += tail[1].length;
  }
  checksum = mix(checksum, fields * 7 + matching * 3 + trailing);
}
console.log('regex ' + checksum);
