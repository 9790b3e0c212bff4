// collections: Map and Set as hash tables — counting with get/set on string and number keys,
// deletions that leave holes and force compaction, iteration with for-of and forEach, and
// Set membership tests. Keys come from a deterministic generator, so the checksum is fixed.
var seed = 11;
function random(limit) {
  seed = (seed * 69069 + 1) % 4294967296;
  return Math.floor((seed / 4294967296) * limit);
}

function countWords(n) {
  var counts = new Map();
  for (var i = 0; i < n; i++) {
    var word = 'w' + random(5000);
    counts.set(word, (counts.get(word) || 0) + 1);
  }
  return counts;
}

function churn(n) {
  var live = new Map();
  var total = 0;
  for (var i = 0; i < n; i++) {
    var key = random(20000);
    if (live.has(key)) {
      total += live.get(key);
      live.delete(key);
    } else {
      live.set(key, i);
    }
  }
  live.forEach(function (value, key) {
    total = (total + value * 3 + key) % 1000000007;
  });
  return total + live.size;
}

function membership(n) {
  var seen = new Set();
  var hits = 0;
  for (var i = 0; i < n; i++) {
    var v = random(30000);
    if (seen.has(v)) hits++;
    else seen.add(v);
  }
  var sum = 0;
  for (var x of seen) sum = (sum + x) % 1000000007;
  return hits * 31 + sum;
}

var checksum = 0;
for (var round = 0; round < 10; round++) {
  var counts = countWords(60000);
  var top = 0;
  for (var entry of counts) if (entry[1] > top) top = entry[1];
  checksum = (checksum * 17 + counts.size + top + churn(80000) + membership(80000)) % 1000000007;
}
console.log('collections ' + checksum);
