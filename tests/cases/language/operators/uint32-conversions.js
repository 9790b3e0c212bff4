// ToUint32 through >>> 0, used for array-like lengths and unsigned arithmetic.
function u(x) { return x >>> 0; }
console.log(u(-1), u(-2), u(4294967296), u(4294967297));
console.log(u(2147483648), u(-2147483648), u(-2147483649));
console.log(u(1.9), u(-1.9), u(NaN), u("12"), u(null), u(undefined));
console.log((0xdeadbeef >>> 0).toString(16), (0xdeadbeef | 0).toString(16));
console.log(u(0xffffffff + 1), u(Math.pow(2, 40) + 3));
var h = 0;
for (var i = 0; i < 5; i++) h = (h * 31 + i) >>> 0;
console.log(h);
console.log((~0) >>> 0, (~5) >>> 0);
