// Many resumptions of one generator.
function* range(n) { for (let i = 0; i < n; i++) yield i; }
let sum = 0;
for (const v of range(100000)) sum += v;
console.log(sum);
function* pairs() { let a = 0, b = 1.5; while (true) { a += 1; b *= 1.0001; yield a + b; } }
const it = pairs();
let last;
for (let i = 0; i < 1000; i++) last = it.next().value;
console.log(last.toFixed(6));
