// A text histogram of pseudo-random samples from a seeded LCG: bit ops, Math.floor, repeat and padStart.
var seed = 12345;
function rand() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; }
function normal() { var u = 0, v = 0; while (u === 0) u = rand(); v = rand(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
var bins = new Array(11).fill(0);
for (var i = 0; i < 2000; i++) { var x = Math.round(normal() * 2) + 5; if (x >= 0 && x < 11) bins[x]++; }
var max = Math.max.apply(null, bins);
bins.forEach(function (n, i) { console.log(String(i - 5).padStart(3) + ' ' + '#'.repeat(Math.round(n / max * 40)) + ' ' + n); });
console.log(bins.reduce(function (a, b) { return a + b; }), seed);
