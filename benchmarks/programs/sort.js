// sort: Array.prototype.sort on numbers (default order and a numeric comparator), on strings
// (default order and localeCompare-free comparators) and on objects by two keys, over arrays
// generated from a fixed seed; prints a checksum of the sorted orders.
var seed = 12345;
function random() {
  seed = (seed * 16807) % 2147483647; // Park-Miller: exact in doubles, no ToInt32 on large values
  return seed;
}

function numbers(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(random() % 1000000 - 500000);
  return a;
}

function strings(n) {
  var syllables = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'to', 'vu', 'ze'];
  var a = [];
  for (var i = 0; i < n; i++) {
    var s = '';
    for (var k = 1 + random() % 4; k >= 0; k--) s += syllables[random() % syllables.length];
    a.push(s + (random() % 100));
  }
  return a;
}

function records(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push({ group: random() % 50, score: random() % 10000, id: i });
  return a;
}

function mix(h, v) {
  return (h * 31 + v) % 1000000007;
}

function numberSum(a) {
  var h = 0;
  for (var i = 0; i < a.length; i += 7) h = mix(h, (a[i] + 500000) % 1000003);
  return h;
}

function stringSum(a) {
  var h = 0;
  for (var i = 0; i < a.length; i += 11) h = mix(h, a[i].length * 131 + a[i].charCodeAt(0) + a[i].charCodeAt(a[i].length - 1));
  return h;
}

var checksum = 0;
for (var round = 0; round < 2; round++) {
  var n = numbers(20000);
  var byDefault = n.slice().sort(); // as strings
  var ascending = n.slice().sort(function (x, y) { return x - y; });
  var descending = n.slice().sort(function (x, y) { return y - x; });
  checksum = mix(checksum, numberSum(byDefault) + numberSum(ascending) * 3 + numberSum(descending) * 7);

  var s = strings(10000);
  var sorted = s.slice().sort();
  var byLength = s.slice().sort(function (x, y) { return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0); });
  checksum = mix(checksum, stringSum(sorted) + stringSum(byLength) * 3);

  var r = records(15000);
  r.sort(function (x, y) { return x.group - y.group || y.score - x.score || x.id - y.id; });
  var h = 0;
  for (var i = 0; i < r.length; i += 13) h = mix(h, r[i].id);
  checksum = mix(checksum, h);
}
console.log('sort ' + checksum);
