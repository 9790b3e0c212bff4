var f = new Float64Array([0.1, -0, NaN, Infinity]);
console.log(f[0], Object.is(f[1], -0), f[2], f[3]);
