// forEach passes value, index and array, skips holes and returns undefined.
var log = [];
var r = ["a", , "c"].forEach(function (v, i, arr) { log.push(i + v + arr.length); });
console.log(r, log.join(" "));
var ctx = { n: 0 };
[1, 2, 3].forEach(function (v) { this.n += v; }, ctx);
console.log(ctx.n);
var grow = [1, 2];
var seen = 0;
grow.forEach(function (v) { seen++; if (grow.length < 5) grow.push(v); });
console.log(seen, grow.length);
var shrink = [1, 2, 3, 4];
var got = [];
shrink.forEach(function (v) { got.push(v); shrink.pop(); });
console.log(got.join(","));
try { [].forEach("x"); } catch (e) { console.log(e.name, e.message); }
try { Array.prototype.forEach.call(null, function () {}); } catch (e) { console.log(e.name, e.message); }
