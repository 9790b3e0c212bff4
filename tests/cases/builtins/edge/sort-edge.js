// sort: undefined last, holes removed to the end, comparator returning non-numbers, toString of objects.
var a = [3, undefined, 1, , 2, undefined];
a.sort();
console.log(a.length, JSON.stringify(a), 3 in a, 5 in a);
console.log([true, false, 'a', 1, null, undefined, NaN].sort().map(String).join());
console.log([3, 1, 2].sort(function (x, y) { return x < y ? '-1' : '1'; }).join(), [3, 1, 2].sort(function () { return NaN; }).join());
console.log([{ toString: function () { return 'b'; } }, { toString: function () { return 'a'; } }].sort().map(String).join());
console.log([-0, 0, -1, 1].sort(function (x, y) { return x - y; }).map(function (x) { return Object.is(x, -0) ? '-0' : String(x); }).join());
try { [2, 1].sort('not a function'); } catch (e) { console.log(e.name, e.message); }
try { Object.freeze([2, 1]).sort(); } catch (e) { console.log(e.name, e.message); }
var obj = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
Array.prototype.sort.call(obj);
console.log(JSON.stringify(obj));
console.log(['ä', 'a', 'z', 'Z', '10', '9'].sort().join(' '));
