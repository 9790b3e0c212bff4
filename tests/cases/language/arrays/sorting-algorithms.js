// Hand-written sorts agree with Array.prototype.sort on numbers.
function bubble(a) {
  a = a.slice();
  for (var i = 0; i < a.length; i++)
    for (var j = 0; j < a.length - 1 - i; j++)
      if (a[j] > a[j + 1]) { var t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
  return a;
}
function quick(a) {
  if (a.length <= 1) return a;
  var pivot = a[0], less = [], more = [];
  for (var i = 1; i < a.length; i++) (a[i] < pivot ? less : more).push(a[i]);
  return quick(less).concat([pivot], quick(more));
}
function merge(a) {
  if (a.length <= 1) return a;
  var mid = a.length >> 1, l = merge(a.slice(0, mid)), r = merge(a.slice(mid)), out = [];
  while (l.length && r.length) out.push(l[0] <= r[0] ? l.shift() : r.shift());
  return out.concat(l, r);
}
var data = [];
for (var k = 0; k < 30; k++) data.push((k * 37 + 11) % 50 - 20);
var expected = data.slice().sort(function (x, y) { return x - y; }).join(",");
console.log(expected);
console.log(bubble(data).join(",") === expected, quick(data).join(",") === expected, merge(data).join(",") === expected);
