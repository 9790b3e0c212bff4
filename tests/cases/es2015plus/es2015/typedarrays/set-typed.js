var a = new Uint8Array([1, 2, 3, 4, 5]);
a.set(a.subarray(0, 3), 2);
console.log(a.join());
var f = new Float64Array([1.5, 300, -1]);
a.set(f, 1);
console.log(a.join());
