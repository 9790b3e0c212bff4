// sort is stable: equal keys keep their original order, for small and large arrays.
var items = [];
for (var i = 0; i < 40; i++) items.push({ key: i % 3, id: i });
items.sort(function (a, b) { return a.key - b.key; });
var ok = true;
for (var j = 1; j < items.length; j++) {
  if (items[j - 1].key === items[j].key && items[j - 1].id > items[j].id) ok = false;
}
console.log(ok, items[0].id, items[14].id, items[39].id);
var words = ["bb", "a", "cc", "b", "aa", "c"];
words.sort(function (x, y) { return x.length - y.length; });
console.log(words.join(","));
var big = [];
for (var k = 0; k < 500; k++) big.push({ g: k % 7, id: k });
big.sort(function (a, b) { return b.g - a.g; });
var stable = big.every(function (v, n) { return n === 0 || big[n - 1].g !== v.g || big[n - 1].id < v.id; });
console.log(stable, big[0].g, big[0].id, big[499].id);
