// stringmethods: String.prototype methods over generated text: indexOf/lastIndexOf, slice and
// substr, split and Array join, replace with a string pattern, toUpperCase/toLowerCase, trim,
// charAt; prints a checksum of the results.
var seed = 777;
function random() {
  seed = (seed * 16807) % 2147483647; // Park-Miller: exact in doubles, no ToInt32 on large values
  return seed;
}

var words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do'];
function makeText(count) {
  var parts = [];
  for (var i = 0; i < count; i++) {
    var w = words[random() % words.length];
    if (random() % 9 === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
    parts.push(random() % 15 === 0 ? '  ' + w + ',  ' : w);
  }
  return parts.join(' ');
}

function mix(h, v) {
  return (h * 31 + v) % 1000000007;
}

function hash(s) {
  var h = s.length;
  for (var i = 0; i < s.length; i += 7) h = mix(h, s.charCodeAt(i));
  return h;
}

function countOf(text, needle) {
  var n = 0;
  for (var at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

var checksum = 0;
for (var round = 0; round < 2; round++) {
  var text = makeText(20000);
  checksum = mix(checksum, countOf(text, 'dolor') * 7 + countOf(text, 'sit amet') * 3 + text.lastIndexOf('elit'));

  var pieces = text.split(' ');
  var trimmed = [];
  for (var i = 0; i < pieces.length; i++) {
    var p = pieces[i].trim();
    if (p.length > 0) trimmed.push(p.charAt(p.length - 1) === ',' ? p.slice(0, -1) : p);
  }
  var rejoined = trimmed.join('-');
  checksum = mix(checksum, trimmed.length + hash(rejoined));

  var upper = text.toUpperCase();
  var lower = upper.toLowerCase();
  checksum = mix(checksum, hash(upper) + hash(lower) * 3 + (lower === text.toLowerCase() ? 1 : 0));

  var replaced = text.replace('lorem', 'LOREM').split('ipsum').join('IPSUM');
  var sliced = 0;
  for (var k = 0; k + 50 <= replaced.length; k += 997) {
    sliced = mix(sliced, hash(replaced.slice(k, k + 50)) + replaced.substr(k + 3, 10).length + replaced.substring(k + 40, k).length);
  }
  checksum = mix(checksum, sliced);

  var csv = [];
  for (var r = 0; r < 2000; r++) csv.push([r, words[r % words.length], 'x' + (r * 7 % 100)].join(','));
  var lines = csv.join('\n').split('\n');
  var total = 0;
  for (var l = 0; l < lines.length; l++) {
    var cols = lines[l].split(',');
    total += Number(cols[0]) + cols[1].length + cols[2].indexOf('9');
  }
  checksum = mix(checksum, total);
}
console.log('stringmethods ' + checksum);
