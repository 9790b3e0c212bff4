// Math.random returns numbers in [0, 1) and ignores its arguments.
var ok = true, distinct = {};
for (var i = 0; i < 1000; i++) {
  var r = Math.random(5, 6);
  if (typeof r !== "number" || !(r >= 0 && r < 1)) ok = false;
  distinct[r] = true;
}
console.log(ok, Object.keys(distinct).length > 990, Math.random.length);
var buckets = [0, 0, 0, 0];
for (var j = 0; j < 4000; j++) buckets[Math.floor(Math.random() * 4)]++;
console.log(buckets.every(function (b) { return b > 800 && b < 1200; }));
console.log(Math.random.name, typeof Math.random());
