console.log(new Int32Array([10, -1, 2, 100, -20]).sort().join());
console.log(new Float64Array([NaN, 1, -0, 0, -Infinity]).sort().join());
console.log(new Uint8Array([3, 1, 2]).sort(function (a, b) { return b - a; }).join());
