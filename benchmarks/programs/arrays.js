// arrays: push, indexed reads and writes, pop, and Array.prototype.sort with comparators
// (numeric, and on objects by two keys). Every comparator is a total order, so stable and
// unstable sorts give the same result.
var seed = 7;
function random(limit) {
  seed = (seed * 69069 + 1) % 4294967296;
  return Math.floor((seed / 4294967296) * limit);
}

function fill(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(random(1000000));
  return a;
}

function prefixSums(a) {
  var out = new Array(a.length);
  var sum = 0;
  for (var i = 0; i < a.length; i++) {
    sum = (sum + a[i]) % 1000000007;
    out[i] = sum;
  }
  return out;
}

function weightedSum(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s = (s * 31 + a[i]) % 1000000007;
  return s;
}

function records(n) {
  var list = [];
  for (var i = 0; i < n; i++) list.push({ group: random(50), value: random(100000), id: i });
  return list;
}

function byGroupThenValue(x, y) {
  if (x.group !== y.group) return x.group - y.group;
  if (x.value !== y.value) return x.value - y.value;
  return x.id - y.id;
}

var checksum = 0;
for (var round = 0; round < 10; round++) {
  var a = fill(20000);
  var p = prefixSums(a);
  a.sort(function (x, y) {
    return x - y;
  });
  var stack = [];
  for (var i = 0; i < a.length; i++) {
    stack.push(a[i] % 1000);
    if (stack.length > 3 && stack[stack.length - 1] < stack[stack.length - 2]) stack.pop();
  }
  var r = records(6000);
  r.sort(byGroupThenValue);
  var ids = [];
  for (var j = 0; j < r.length; j++) ids.push(r[j].id);
  var reversed = a.slice(0, 1000).reverse();
  checksum = (checksum * 17 + weightedSum(a) + weightedSum(p) + weightedSum(stack) + weightedSum(ids) + reversed[0] + a.indexOf(reversed[500])) % 1000000007;
}
console.log('arrays ' + checksum);
