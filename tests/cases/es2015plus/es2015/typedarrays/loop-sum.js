var n = 1000, a = new Float64Array(n);
for (var i = 0; i < n; i++) a[i] = i * 0.5;
var s = 0;
for (var j = 0; j < a.length; j++) s += a[j];
console.log(s);
var u = new Uint32Array(10);
for (var k = 0; k < 10; k++) u[k] = k * 0x20000000;
console.log(u.join());
