// A binary heap priority queue on arrays: push/pop with sift, stability by insertion counter, heap sort.
function Heap(cmp) { this.items = []; this.cmp = cmp; this.n = 0; }
Heap.prototype.push = function (v) {
  var a = this.items, e = { v: v, seq: this.n++ }, i = a.push(e) - 1;
  while (i > 0) { var p = (i - 1) >> 1; if (this.less(a[p], a[i])) break; var t = a[p]; a[p] = a[i]; a[i] = t; i = p; }
};
Heap.prototype.less = function (x, y) { var c = this.cmp(x.v, y.v); return c < 0 || (c === 0 && x.seq < y.seq); };
Heap.prototype.pop = function () {
  var a = this.items, top = a[0], last = a.pop();
  if (a.length) {
    a[0] = last;
    for (var i = 0; ;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < a.length && this.less(a[l], a[m])) m = l;
      if (r < a.length && this.less(a[r], a[m])) m = r;
      if (m === i) break;
      var t = a[m]; a[m] = a[i]; a[i] = t; i = m;
    }
  }
  return top && top.v;
};
var h = new Heap(function (a, b) { return a.pri - b.pri; });
[['write', 2], ['read', 1], ['sleep', 3], ['eat', 1], ['code', 2]].forEach(function (t) { h.push({ name: t[0], pri: t[1] }); });
var order = []; while (h.items.length) order.push(h.pop().name);
console.log(order.join(' '));
var nums = new Heap(function (a, b) { return a - b; });
var input = []; for (var i = 0; i < 50; i++) input.push((i * 7919) % 101);
input.forEach(function (x) { nums.push(x); });
var out = []; while (nums.items.length) out.push(nums.pop());
console.log(out.slice(0, 10).join(','), out.length, out.every(function (v, i) { return i === 0 || out[i - 1] <= v; }));
