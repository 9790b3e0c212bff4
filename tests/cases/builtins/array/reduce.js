// reduce with and without an initial value, and on empty arrays.
var sum = [1, 2, 3, 4].reduce(function (a, b) { return a + b; });
console.log(sum, [1, 2, 3].reduce(function (a, b) { return a + b; }, 10));
var calls = [];
[1, 2, 3].reduce(function (acc, v, i, arr) { calls.push(acc + ":" + v + ":" + i + ":" + arr.length); return acc + v; });
console.log(calls.join(" "));
console.log([, , 5, , ].reduce(function (a, b) { return a + b; }));
console.log([].reduce(function () {}, "init"));
try { [].reduce(function () {}); } catch (e) { console.log(e.name, e.message); }
try { [, , ].reduce(function () {}); } catch (e) { console.log(e.name, e.message); }
try { [1].reduce(); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.reduce.call("abc", function (a, c) { return c + a; }));
console.log(Array.prototype.reduce.length);
