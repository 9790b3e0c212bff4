// Date.UTC and new Date(...) agree in UTC; the two-digit year rule applies to both.
var args = [[99, 0, 1], [100, 0, 1], [2000, 1, 29, 12, 30], [1969, 11, 31, 23, 59, 59, 999], [0, 0], [-1, 0]];
for (var i = 0; i < args.length; i++) {
  var a = args[i];
  var local = new (Function.prototype.bind.apply(Date, [null].concat(a)))();
  console.log(a.join(","), Date.UTC.apply(null, a), local.getTime(), local.getFullYear());
}
