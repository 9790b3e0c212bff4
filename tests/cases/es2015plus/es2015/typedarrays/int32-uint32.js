var a = new Int32Array([2147483647, 2147483648, -2147483649, 4294967296.5]);
var b = new Uint32Array([-1, 4294967296, 1e10]);
console.log(a.join(), b.join());
