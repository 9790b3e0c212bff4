var f = new Float32Array([0.1, 1e40, -1e-50, 16777217]);
console.log(f[0], f[1], f[2], f[3]);
