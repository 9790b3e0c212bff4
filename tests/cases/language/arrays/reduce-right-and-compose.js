// reduceRight folds from the end: composition and string building.
function compose() {
  var fns = Array.prototype.slice.call(arguments);
  return function (x) { return fns.reduceRight(function (acc, f) { return f(acc); }, x); };
}
var f = compose(function (x) { return x + 1; }, function (x) { return x * 10; });
console.log(f(2));
console.log(["a", "b", "c"].reduceRight(function (acc, s) { return acc + s; }));
console.log([[1, 2], [3], [4, 5]].reduceRight(function (acc, x) { return acc.concat(x); }, []).join(""));
var trace = [];
[1, 2, 3].reduceRight(function (acc, v, i) { trace.push(i); return acc; }, 0);
console.log(trace.join(","));
try { [].reduceRight(function () {}); } catch (e) { console.log(e.name, e.message); }
