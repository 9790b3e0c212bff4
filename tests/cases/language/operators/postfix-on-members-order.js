// Postfix and prefix operators on computed members evaluate object and key once.
var log = [];
var obj = { count: 0 };
function o() { log.push("obj"); return obj; }
function k() { log.push("key"); return "count"; }
var r1 = o()[k()]++;
console.log(r1, obj.count, log.join(","));
log = [];
var r2 = ++o()[k()];
console.log(r2, obj.count, log.join(","));
log = [];
o()[k()] += 10;
console.log(obj.count, log.join(","));
var arr = [5, 5, 5];
var i = 0;
arr[i++] += i;
console.log(arr.join(","), i);
