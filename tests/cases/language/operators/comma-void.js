// The comma operator evaluates both sides and yields the right; void yields undefined.
var x = (1, 2, 3);
console.log(x);
var i = 0;
var y = (i++, i++, i);
console.log(y, i);
console.log(void 0, void "anything", void (i = 100), i);
console.log(typeof void 0);
var calls = [];
function f(n) { calls.push(n); return n; }
var z = (f(1), f(2)) + (f(3), f(4));
console.log(z, calls.join(""));
for (var a = 0, b = 10; a < b; a += 3, b -= 3) {}
console.log(a, b);
var obj = { m: function () { return this === obj; } };
console.log(obj.m(), (0, obj.m)() === false);
