// apply spreads arrays of a few thousand elements into arguments.
var nums = [];
for (var i = 0; i < 5000; i++) nums.push((i * 7919) % 10007);
console.log(Math.max.apply(null, nums), Math.min.apply(null, nums));
function count() { return arguments.length; }
console.log(count.apply(null, nums));
var chars = [];
for (var j = 0; j < 3000; j++) chars.push(65 + (j % 26));
var s = String.fromCharCode.apply(null, chars);
console.log(s.length, s.slice(0, 30));
var merged = [];
Array.prototype.push.apply(merged, nums.slice(0, 1000));
console.log(merged.length, merged[999]);
